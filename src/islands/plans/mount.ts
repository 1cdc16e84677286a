import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import PlansList from './PlansList';

// Rows drawn after the first paint move nothing: what lies under the list waits unseen until they are in (ReadingPlans.astro).
mountIslands('plans', PlansList, plansReady);
