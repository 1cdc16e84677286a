import { mountIslands } from '../common/mount';
import WorksheetIsland from './WorksheetIsland';

mountIslands('worksheet', WorksheetIsland);
