// Parts of the worksheet loaded after hydration (see use-later.ts).
export { CoachNote } from '../coach/CoachNote';
export { PlanQr } from '../share/PlanQr';
export { RetiredAnswers } from './RetiredAnswers';
export { ShareTools } from '../share/ShareTools';
export { DamagedPlans } from './DamagedPlans';
export { OpenedLink } from './OpenedLink';
export { ContinueIn } from './ContinueIn';
export { RoundsProgress } from './RoundsProgress';
export { FirstSaveTruth } from '../common/StorageTruth';
export { BackupStatus } from '../common/BackupStatus';
export { UndoDelete } from '../common/UndoDelete';
