import { mountIslands } from '../common/mount';
import PlansList from './PlansList';

mountIslands('plans', PlansList);
