// Parts of the worksheet loaded after hydration (see use-later.ts), on every visit.
export { FirstSaveTruth } from '../common/StorageTruth';
export { BackupStatus } from '../common/BackupStatus';
export { UndoDelete } from '../common/UndoDelete';
