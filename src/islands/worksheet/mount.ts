import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import WorksheetIsland from './WorksheetIsland';

// Hydrated once the plan stores have read this browser's storage (at once when it keeps no plan), in
// a task after the one that ran the page's modules: on a slow phone the two together made one long task.
void plansReady.then(() => setTimeout(() => mountIslands('worksheet', WorksheetIsland)));
