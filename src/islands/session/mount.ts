import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import SessionIsland from './SessionIsland';

mountIslands('session', SessionIsland, plansReady);
