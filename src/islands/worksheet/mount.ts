import { mountAfterPlans } from '../common/mount-after-plans';
import WorksheetIsland from './WorksheetIsland';

mountAfterPlans('worksheet', WorksheetIsland);
