import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import PlansList from './PlansList';

// Hydrated once the plan stores have read this browser's storage (at once when it keeps no plan), in a
// task after the one that ran the page's modules, as the worksheet is. Rows drawn after the first paint
// no longer move anything: what lies under the list waits unseen until they are in (ReadingPlans.astro).
void plansReady.then(() => setTimeout(() => mountIslands('plans', PlansList)));
