import { mountIslands } from '../common/mount';
import SessionIsland from './SessionIsland';

mountIslands('session', SessionIsland);
