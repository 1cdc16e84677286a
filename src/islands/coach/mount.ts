import { mountIslands } from '../common/mount';
import CoachLinkForm from './CoachLinkForm';

mountIslands('coach', CoachLinkForm);
