/**
 * What reading stored plans takes: the door's checks on each record, the sweep that sets unreadable ones
 * aside, the merge of a plan another tab saved, and the pause between tasks the reading takes. `plans.ts`
 * loads this only once there is a plan to read, so a first visit never fetches it.
 */
export { decodeRecord } from '../plan/record-door';
export { mergeRecords, sameRecord } from '../plan/record-merge';
export { sweepUnreadable } from './sweep';
export { nextTask } from './next-task';
