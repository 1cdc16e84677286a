import { mountAfterPlans } from '../common/mount-after-plans';
import PlansList from './PlansList';

// Rows drawn after the first paint move nothing: what lies under the list waits unseen until they are in (ReadingPlans.astro).
mountAfterPlans('plans', PlansList);
