/**
 * Share links and coach links: the payload. a plan, or a worksheet with a coach's context, carried whole in the
 * URL fragment, which browsers never send to a server. Anyone can craft a link, so decoding trusts
 * nothing: length and characters first, inflation with a hard cap, then every field's shape.
 *
 * Link data: `2.` + base64url (no padding) of [deflate-raw of the UTF-8 JSON, then its CRC-32 as 4 bytes
 * big-endian]. Deflate-raw has no checksum of its own, so without the CRC a link altered by a chat app or
 * a stray keystroke could open as a subtly different plan; with it, an altered link is refused. The JSON:
 *   {
 *     "w": "grow",                                   // worksheet id
 *     "p": { "v": worksheetVersion, "t": title, "n": person, "d": date,
 *            "a": { answers } },                                        // a filled plan; absent in a coach link
 *     "x": { "client", "coach", "focus", "returnBy", "note", "plan" }   // coach context; optional
 *   }
 * Short keys and dropped blanks keep links short: empty header fields, empty answers (see
 * `isEmptyAnswer`) and empty context fields are left out, and `edited` is not sent (the receiver saves
 * a copy, so edit times of the sender's device mean nothing there). Decoding restores a whole
 * PlanRecord: missing header fields become '', `edited` becomes {}, and the plan gets a fresh id and
 * the time of opening as created and updated (the receiver saves a copy with its own anyway).
 *
 * Versions: the number before the dot marks the format, so old pages say "newer version" instead of
 * "damaged", and old links keep opening.
 *   1. the same, with the sender's plan id, created and updated times in "p" as "i", "c", "u". Still read.
 *   2. written today: ids and times left out, which makes a printed QR code smaller.
 *   3. a private link: the format-2 data encrypted with a passphrase (see `private.ts`); read there.
 */
import type { Translate } from '../i18n/translate';
import { FORMAT_VERSION, isObject, newPlanId, type PlanRecord } from '../record';
import { sortKeys } from '../record-merge';
import { validateRecord } from '../record-door';
import { reasonText, type Reason } from '../reason';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../codecs/limits';
import { worksheetProblem, type KnownWorksheets } from '../codecs/plan-file';
import { deflate, inflateWithLimit, packBytes, unpackBytes } from './bytes';
import { CONTEXT_KEYS, contextProblem, readContext, type CoachContext } from './coach-context';
import type { LinkKind } from './url';

/** What a link carries: a coach link has a worksheet and context, a plan link a plan and maybe the context. */
export interface SharePayload {
	plan?: PlanRecord;
	worksheet: string;
	context?: CoachContext;
}

/** What decoding gives: the payload, or a message for the visitor. */
export type ShareResult = { ok: true; payload: SharePayload } | { ok: false; message: string };

/** The version marker of the link data written by `encodeSharePayload`. */
export const LINK_FORMAT = 2;

/** The oldest link format still read. */
export const OLDEST_LINK_FORMAT = 1;

/** The version marker of private links (`private.ts`); `decodeSharePayload` cannot open them alone. */
export const PRIVATE_LINK_FORMAT = 3;

/** Messages for the visitor, one per way a link can fail, in the words of `t`. */
export const linkMessages = (t: Translate<'link' | 'common'>) => ({
	damaged: t('link.damaged'),
	tooLong: t('link.too-long', { max: MAX_LINK_CHARS.toLocaleString(t.locale) }),
	tooLarge: t('link.too-large'),
	newer: (version: number) => t('link.newer', { version, oldest: OLDEST_LINK_FORMAT, newest: PRIVATE_LINK_FORMAT }),
	locked: t('link.locked'),
	noPlan: t('link.no-plan'),
	notCoach: t('link.not-coach'),
	refused: (reason: Reason) => t('link.refused', { reason: reasonText(reason, t) }),
});

/**
 * Whether a top-level answer is left out of a link: `''`, `null`, `[]`, or an object whose values are all
 * `''` (an untouched SMART goal). Such an answer reads the same as no answer, so nothing is lost.
 */
export function isEmptyAnswer(value: unknown): boolean {
	if (value === '' || value === null) return true;
	if (Array.isArray(value)) return value.length === 0;
	return isObject(value) && Object.values(value).every((v) => v === '');
}

const compact = <T extends Record<string, unknown>>(entries: [string, unknown][]): T =>
	Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== '')) as T;

/**
 * Link data for already deflated bytes: the version marker, then the bytes and their CRC-32 in base64url.
 * `encodeSharePayload` uses it; tests use it to craft links with any content.
 */
export const packLinkBytes = (deflated: Uint8Array): string => `${LINK_FORMAT}.${packBytes(deflated)}`;

/** A plan in link data: short keys, blank header fields and empty answers left out. */
function planData(plan: PlanRecord): Record<string, unknown> {
	const answers = Object.entries(plan.answers).filter(([, value]) => !isEmptyAnswer(value));
	return {
		v: plan.worksheetVersion,
		...compact([
			['t', plan.title],
			['n', plan.person],
			['d', plan.date],
		]),
		...(answers.length ? { a: Object.fromEntries(answers) } : {}),
	};
}

/**
 * Whether a saved plan already holds everything a link's plan carries (worksheet, version, header and
 * every answer), so opening the same link again can open the saved plan instead of offering a copy.
 */
export function holdsLinkedPlan(saved: PlanRecord, linked: PlanRecord): boolean {
	const data = (plan: PlanRecord) => JSON.stringify(sortKeys({ w: plan.worksheet, ...planData(plan) }));
	return data(saved) === data(linked);
}

/**
 * Link data for a plan link or a coach link: `2.` followed by base64url characters.
 * The result may be longer than `MAX_LINK_CHARS`; check before offering it, and offer the plan file instead.
 * @throws when `payload.plan` is for another worksheet than `payload.worksheet`, or the context breaks
 *   `CONTEXT_LIMITS` (limit the inputs so this cannot happen).
 */
export async function encodeSharePayload(payload: SharePayload): Promise<string> {
	const { plan, worksheet, context } = payload;
	if (plan && plan.worksheet !== worksheet) throw new Error(`plan is for "${plan.worksheet}", not "${worksheet}"`);
	const problem = context ? contextProblem(context) : null;
	// A bug guard, not for visitors: the reason as data is enough.
	if (problem) throw new Error(`coach context refused: ${JSON.stringify(problem)}`);
	const data = compact([
		['w', worksheet],
		['p', plan && planData(plan)],
		['x', context && compact(CONTEXT_KEYS.map((key) => [key, context[key]]))],
	]);
	return packLinkBytes(await deflate(new TextEncoder().encode(JSON.stringify(data))));
}

const optionalText = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/**
 * The plan inside link data, `null` when its shape is wrong, or what the door refused in it. Format 1
 * carries the sender's id and times; format 2 does not, and the plan gets a fresh id and the time of opening.
 */
function readPlan(value: unknown, worksheet: string, version: number): PlanRecord | { refused: Reason } | null {
	if (!isObject(value)) return null;
	const { v, t, n, d, a } = value;
	const now = new Date().toISOString();
	const { i, c, u } = version === 1 ? value : { i: newPlanId(), c: now, u: now };
	if (!optionalText(t) || !optionalText(n) || !optionalText(d)) return null;
	if (a !== undefined && !isObject(a)) return null;
	if (!Number.isInteger(v) || (v as number) < 1) return null;
	const checked = validateRecord({
		format: FORMAT_VERSION,
		id: i,
		worksheet,
		worksheetVersion: v,
		title: t ?? '',
		person: n ?? '',
		date: d ?? '',
		created: c,
		updated: u,
		answers: a ?? {},
		edited: {},
	});
	if (checked.ok) return checked.record;
	return checked.beyondLimits ? { refused: checked.reason } : null;
}

/**
 * Reads link data made by `encodeSharePayload`. Never throws: whatever the text, the result is the
 * payload or a message saying what went wrong and what to do.
 * @param t the words of the visitor's language, for the message.
 * @param kind which fragment the data came from (see `readFragment`); a plan link must hold a plan and a
 *   coach link must not.
 */
export async function decodeSharePayload(
	text: string,
	knownWorksheets: KnownWorksheets,
	t: Translate<'link' | 'export' | 'common'>,
	kind?: LinkKind,
): Promise<ShareResult> {
	const fail = (message: string): ShareResult => ({ ok: false, message });
	const LINK_MESSAGES = linkMessages(t);
	try {
		if (typeof text !== 'string') return fail(LINK_MESSAGES.damaged);
		if (text.length > MAX_LINK_CHARS) return fail(LINK_MESSAGES.tooLong);
		const match = /^([1-9]\d{0,5})\.([A-Za-z0-9_-]+)$/.exec(text);
		if (!match) return fail(LINK_MESSAGES.damaged);
		const version = Number(match[1]);
		if (version === PRIVATE_LINK_FORMAT) return fail(LINK_MESSAGES.locked);
		if (version > PRIVATE_LINK_FORMAT) return fail(LINK_MESSAGES.newer(version));
		if (version < OLDEST_LINK_FORMAT || version > LINK_FORMAT) return fail(LINK_MESSAGES.damaged);

		const deflated = unpackBytes(match[2]);
		if (!deflated) return fail(LINK_MESSAGES.damaged);
		const inflated = await inflateWithLimit(deflated, MAX_INFLATED_BYTES);
		if (!inflated.ok) return fail(inflated.tooLarge ? LINK_MESSAGES.tooLarge : LINK_MESSAGES.damaged);

		let data: unknown;
		try {
			data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
		} catch {
			return fail(LINK_MESSAGES.damaged);
		}
		if (!isObject(data) || typeof data.w !== 'string' || !/^[a-z][a-z0-9-]*$/.test(data.w))
			return fail(LINK_MESSAGES.damaged);
		const worksheet = data.w;
		const payload: SharePayload = { worksheet };
		if (data.p !== undefined) {
			const plan = readPlan(data.p, worksheet, version);
			if (!plan) return fail(LINK_MESSAGES.damaged);
			if ('refused' in plan) return fail(LINK_MESSAGES.refused(plan.refused));
			payload.plan = plan;
		}
		if (data.x !== undefined) {
			const context = readContext(data.x);
			if (!context) return fail(LINK_MESSAGES.damaged);
			payload.context = context;
		}
		const problem = worksheetProblem(worksheet, payload.plan?.worksheetVersion ?? 0, knownWorksheets, 'link', t);
		if (problem) return fail(problem);
		if (kind === 'plan' && !payload.plan) return fail(LINK_MESSAGES.noPlan);
		if (kind === 'coach' && payload.plan) return fail(LINK_MESSAGES.notCoach);
		return { ok: true, payload };
	} catch {
		// Nothing above should throw; this keeps the promise that decoding never does.
		return fail(LINK_MESSAGES.damaged);
	}
}

