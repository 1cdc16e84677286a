import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import WorksheetIsland from './WorksheetIsland';

mountIslands('worksheet', WorksheetIsland, plansReady);
