/**
 * Restoring plans from another device (a bundle, see `codecs/bundle.ts`) into the plans kept here.
 *
 * Plans are matched by id and merged field by field by the edit stamps every record keeps
 * (`edited`: answer id or `@` + header field → epoch ms): the newer edit of each field wins, from
 * either side. Unlike the cross-tab `mergeRecords`, neither side is favoured: a tie goes to the
 * larger value written as JSON, and a side whose stamp is newer but which holds no value for the
 * field does not erase the other side's value. So a restore is symmetric, idempotent and never
 * deletes: a plan not here is added, a plan only here stays as it is.
 */
import { HEADER_FIELDS, type PlanRecord } from './record';
import { sameRecord } from './record-merge';
import { isEmptyAnswer } from './link/payload';

/** What restoring did: the records to write, and how many were added, updated or already the same. */
export interface MergeOutcome {
	/** Records to store (added or updated), in the order the incoming set gave them. */
	writes: PlanRecord[];
	added: number;
	updated: number;
	unchanged: number;
}

const stamp = (record: PlanRecord, key: string) => {
	const time = record.edited[key];
	return typeof time === 'number' && Number.isFinite(time) ? time : 0;
};

/** Whether `a`'s value should win over `b`'s for one field: newer stamp, then the larger JSON as a tie-break. */
function wins(aTime: number, aValue: unknown, bTime: number, bValue: unknown): boolean {
	if (aTime !== bTime) return aTime > bTime;
	return (JSON.stringify(aValue) ?? '') > (JSON.stringify(bValue) ?? '');
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a && a < b ? a : b || a);

/**
 * One plan merged from the copy kept here and a copy restored from elsewhere: per answer and header
 * field the newer edit wins; `edited` keeps the newest stamp of every key either side has. Entries
 * outside the fields (context, from, marks a newer site added) come from the side edited last.
 */
export function mergeRestored(here: PlanRecord, incoming: PlanRecord): PlanRecord {
	const hereLast = here.updated >= incoming.updated;
	const [newer, older] = hereLast && !(here.updated === incoming.updated && wins(0, incoming, 0, here)) ? [here, incoming] : [incoming, here];
	const merged: PlanRecord = { ...older, ...newer };

	const edited: Record<string, number> = {};
	for (const key of new Set([...Object.keys(here.edited), ...Object.keys(incoming.edited)])) {
		edited[key] = Math.max(stamp(here, key), stamp(incoming, key));
	}

	const answers: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(here.answers), ...Object.keys(incoming.answers)])) {
		const inHere = Object.hasOwn(here.answers, key);
		const inIncoming = Object.hasOwn(incoming.answers, key);
		if (!inIncoming) answers[key] = here.answers[key];
		else if (!inHere) answers[key] = incoming.answers[key];
		else
			answers[key] = wins(stamp(incoming, key), incoming.answers[key], stamp(here, key), here.answers[key])
				? incoming.answers[key]
				: here.answers[key];
	}
	merged.answers = answers;

	for (const field of HEADER_FIELDS) {
		const key = `@${field}`;
		merged[field] = wins(stamp(incoming, key), incoming[field], stamp(here, key), here[field]) ? incoming[field] : here[field];
	}
	merged.edited = edited;
	merged.created = earlier(here.created, incoming.created);
	merged.updated = later(here.updated, incoming.updated);
	merged.worksheetVersion = Math.max(here.worksheetVersion, incoming.worksheetVersion);
	return merged;
}

/**
 * Restores `incoming` into `here` (the plans kept, by id): merges each plan kept under the same id,
 * adds the rest, deletes nothing. Pure: returns what to write and the counts to tell the visitor.
 * Restoring the same set twice gives no writes the second time.
 */
export function mergePlans(here: Readonly<Record<string, PlanRecord | undefined>>, incoming: readonly PlanRecord[]): MergeOutcome {
	const outcome: MergeOutcome = { writes: [], added: 0, updated: 0, unchanged: 0 };
	const seen = new Map<string, PlanRecord>();
	for (const record of incoming) {
		// A set naming one plan twice is merged with itself first, so the count names each plan once.
		const previous = seen.get(record.id);
		seen.set(record.id, previous ? mergeRestored(previous, record) : record);
	}
	for (const [id, record] of seen) {
		const kept = Object.hasOwn(here, id) ? here[id] : undefined;
		if (!kept) {
			outcome.writes.push(record);
			outcome.added++;
			continue;
		}
		const merged = mergeRestored(kept, record);
		if (sameRecord(merged, kept)) outcome.unchanged++;
		else {
			outcome.writes.push(merged);
			outcome.updated++;
		}
	}
	return outcome;
}

/** What merging a client's reply into the coach's plan would do: the merged record and the answers it adds or replaces. */
export interface ReplyMerge {
	record: PlanRecord;
	/** Answer ids the coach's plan had empty and the reply fills. */
	added: string[];
	/** Answer ids both hold, differently: the reply's wins, so the coach is shown them before merging. */
	replaced: string[];
}

/**
 * A client's returned copy merged into the coach's plan its link was made for. A link carries no edit
 * stamps (see `link/payload.ts`), so the reply's answers count as edited when it is opened (`now`):
 * every answer the client gave wins, every answer only the coach has stays, and everything else
 * (header, context, marks) stays the coach's. It runs through `mergeRestored`, the one per-field
 * merge. Both must be of the same worksheet version: migrate the older first.
 */
export function mergeReply(target: PlanRecord, reply: PlanRecord, now: Date): ReplyMerge {
	const blank = (value: unknown) => value === undefined || isEmptyAnswer(value);
	const given = Object.entries(reply.answers).filter(([, value]) => !blank(value));
	const added: string[] = [];
	const replaced: string[] = [];
	for (const [key, value] of given) {
		const mine = target.answers[key];
		if (blank(mine)) added.push(key);
		else if (JSON.stringify(mine) !== JSON.stringify(value)) replaced.push(key);
	}
	const changed = new Set([...added, ...replaced]);
	const theirs: PlanRecord = {
		...target,
		answers: Object.fromEntries(given.filter(([key]) => changed.has(key))),
		edited: Object.fromEntries([...changed].map((key) => [key, now.getTime()])),
		updated: changed.size ? now.toISOString() : target.updated,
	};
	return { record: mergeRestored(target, theirs), added, replaced };
}
