/**
 * What reading stored plans takes: the door's checks on each record, the sweep that sets unreadable ones
 * aside, and the merge of a plan another tab saved. `plans.ts` loads this only once there is a plan to
 * read, so a first visit never fetches it.
 */
export { decodeRecord } from '../plan/record-door';
export { mergeRecords, sameRecord } from '../plan/record-merge';
export { sweepUnreadable } from './sweep';
