import { mountAfterPlans } from '../common/mount-after-plans';
import SessionIsland from './SessionIsland';

mountAfterPlans('session', SessionIsland);
