import { mountAfterPlans } from '../common/mount-after-plans';
import CoachLinkForm from './CoachLinkForm';

mountAfterPlans('coach', CoachLinkForm);
