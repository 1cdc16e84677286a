// Parts of the worksheet loaded once there is a plan to show (see use-later.ts).
export { CoachNote } from '../coach/CoachNote';
export { PlanQr } from '../share/PlanQr';
export { RetiredAnswers } from './RetiredAnswers';
export { ShareTools } from '../share/ShareTools';
export { ContinueIn } from './ContinueIn';
export { RoundsProgress } from './RoundsProgress';
