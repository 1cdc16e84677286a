import { mountIslands } from '../common/mount';
import PracticeIsland from './PracticeIsland';

mountIslands('practice', PracticeIsland);
