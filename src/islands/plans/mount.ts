import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import PlansList from './PlansList';

// Hydrated once the plan stores have read this browser's storage (at once when it keeps no plan).
void plansReady.then(() => mountIslands('plans', PlansList));
