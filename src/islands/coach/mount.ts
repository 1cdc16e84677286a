import { mountIslands } from '../common/mount';
import { plansReady } from '../../store/plans';
import CoachLinkForm from './CoachLinkForm';

mountIslands('coach', CoachLinkForm, plansReady);
