/**
 * Share links and coach links: a plan, or a worksheet with a coach's context, carried whole in the
 * URL fragment, which browsers never send to a server. Anyone can craft a link, so decoding trusts
 * nothing: length and characters first, inflation with a hard cap, then every field's shape.
 *
 * Link data: `1.` + base64url (no padding) of [deflate-raw of the UTF-8 JSON, then its CRC-32 as 4 bytes
 * big-endian]. Deflate-raw has no checksum of its own, so without the CRC a link altered by a chat app or
 * a stray keystroke could open as a subtly different plan; with it, an altered link is refused. The JSON:
 *   {
 *     "w": "grow",                                   // worksheet id
 *     "p": { "i": id, "v": worksheetVersion, "t": title, "n": person, "d": date,
 *            "c": created, "u": updated, "a": { answers } },            // a filled plan; absent in a coach link
 *     "x": { "client", "coach", "focus", "returnBy", "note" }           // coach context; optional
 *   }
 * Short keys and dropped blanks keep links short: empty header fields, empty answers (see
 * `isEmptyAnswer`) and empty context fields are left out, and `edited` is not sent (the receiver saves
 * a copy, so edit times of the sender's device mean nothing there). Decoding restores a whole
 * PlanRecord: missing header fields become '', `edited` becomes {}. The `1.` marks this format; a
 * future format gets a new number so old pages can say "newer version" instead of "damaged".
 */
import { FORMAT_VERSION, isObject, validateRecord, type PlanRecord } from '../record';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../codecs/limits';
import { calendarDay } from '../dates';
import { worksheetProblem, type KnownWorksheets } from '../codecs/plan-file';

/** The context a coach adds to a worksheet link; every field is optional. */
export interface CoachContext {
	/** Who the worksheet is for. */
	client?: string;
	/** Who sent it. */
	coach?: string;
	/** What to focus on. */
	focus?: string;
	/** When to send it back, `YYYY-MM-DD`. */
	returnBy?: string;
	/** Anything else the coach wants to say. */
	note?: string;
}

/** What a link carries: a coach link has a worksheet and context, a plan link a plan and maybe the context. */
export interface SharePayload {
	plan?: PlanRecord;
	worksheet: string;
	context?: CoachContext;
}

/** What decoding gives: the payload, or a message for the visitor. */
export type ShareResult = { ok: true; payload: SharePayload } | { ok: false; message: string };

/** Which kind of link a fragment holds. */
export type LinkKind = 'plan' | 'coach';

/** The version marker of the link data written by `encodeSharePayload`. */
export const LINK_FORMAT = 1;

/** Longest text allowed in each coach context field, in characters; give inputs the same `maxlength`. */
export const CONTEXT_LIMITS = { client: 200, coach: 200, focus: 1000, returnBy: 10, note: 2000 } as const;
const CONTEXT_KEYS = Object.keys(CONTEXT_LIMITS) as (keyof CoachContext)[];

/** Messages for the visitor, one per way a link can fail. */
export const LINK_MESSAGES = {
	damaged:
		'This link is incomplete or has been changed, so it cannot be opened. Ask the person who sent it to copy the whole link again, or send the plan file instead.',
	tooLong: `This link is longer than Coaching Workbook accepts (${MAX_LINK_CHARS.toLocaleString('en-GB')} characters), so it was not opened. Ask the person who sent it to send the plan file instead.`,
	tooLarge:
		'This link unpacks into far more data than any plan, so it was not opened. Ask the person who sent it to send the plan file instead.',
	newer: (version: number) =>
		`This link was made by a newer version of Coaching Workbook (link format ${version}); this version reads format ${LINK_FORMAT}. Reload the page to get the latest version, then open the link again.`,
	noPlan:
		'This link should hold a plan but holds none. Ask the person who sent it to copy the whole link again, or send the plan file instead.',
	notCoach:
		'This link should hold a worksheet from a coach but holds a filled plan instead. Ask the person who sent it to send a coach link again.',
} as const;

/**
 * Whether a top-level answer is left out of a link: `''`, `null`, `[]`, or an object whose values are all
 * `''` (an untouched SMART goal). Such an answer reads the same as no answer, so nothing is lost.
 */
export function isEmptyAnswer(value: unknown): boolean {
	if (value === '' || value === null) return true;
	if (Array.isArray(value)) return value.length === 0;
	return isObject(value) && Object.values(value).every((v) => v === '');
}

/** Why a coach context cannot go in a link, or `null` when it can. Encoding refuses what decoding would. */
export function contextProblem(context: CoachContext): string | null {
	for (const key of CONTEXT_KEYS) {
		const value = context[key];
		if (value === undefined || value === '') continue;
		if (typeof value !== 'string') return `“${key}” must be text.`;
		if (value.length > CONTEXT_LIMITS[key]) return `“${key}” is longer than ${CONTEXT_LIMITS[key]} characters.`;
	}
	if (context.returnBy && !calendarDay(context.returnBy)) return '“returnBy” must be a date written YYYY-MM-DD.';
	return null;
}

const compact = <T extends Record<string, unknown>>(entries: [string, unknown][]): T =>
	Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== '')) as T;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (the one zip and PNG use) of `bytes`. */
function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Link data for already deflated bytes: the version marker, then the bytes and their CRC-32 in base64url.
 * `encodeSharePayload` uses it; tests use it to craft links with any content.
 */
export function packLinkBytes(deflated: Uint8Array): string {
	const out = new Uint8Array(deflated.length + 4);
	out.set(deflated);
	new DataView(out.buffer).setUint32(deflated.length, crc32(deflated));
	return `${LINK_FORMAT}.${toBase64Url(out)}`;
}

/** The deflated bytes inside base64url link data, or `null` when the text was changed or cut. */
function unpackLinkBytes(text: string): Uint8Array | null {
	const bytes = fromBase64Url(text);
	// Re-encoding must give the same text: a change in base64's unused low bits is still a change.
	if (!bytes || bytes.length < 5 || toBase64Url(bytes) !== text) return null;
	const deflated = bytes.subarray(0, bytes.length - 4);
	const crc = new DataView(bytes.buffer, bytes.byteOffset + deflated.length, 4).getUint32(0);
	return crc === crc32(deflated) ? deflated : null;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates `bytes`, reading the output chunk by chunk and stopping as soon as it passes `limit`, so a
 * deflate bomb never sits whole in memory. The input is fed in small slices on demand for the same reason.
 */
async function inflateWithLimit(
	bytes: Uint8Array,
	limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean }> {
	let offset = 0;
	const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
		{
			pull(controller) {
				if (offset >= bytes.length) return controller.close();
				controller.enqueue(bytes.slice(offset, offset + 512));
				offset += 512;
			},
		},
		{ highWaterMark: 0 },
	);
	const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > limit) {
				await reader.cancel().catch(() => {});
				return { ok: false, tooLarge: true };
			}
			chunks.push(value);
		}
	} catch {
		return { ok: false, tooLarge: false };
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return { ok: true, bytes: out };
}

/** A plan in link data: short keys, blank header fields and empty answers left out. */
function planData(plan: PlanRecord): Record<string, unknown> {
	const answers = Object.entries(plan.answers).filter(([, value]) => !isEmptyAnswer(value));
	return {
		i: plan.id,
		v: plan.worksheetVersion,
		...compact([
			['t', plan.title],
			['n', plan.person],
			['d', plan.date],
		]),
		c: plan.created,
		u: plan.updated,
		...(answers.length ? { a: Object.fromEntries(answers) } : {}),
	};
}

/**
 * Link data for a plan link or a coach link: `1.` followed by base64url characters.
 * The result may be longer than `MAX_LINK_CHARS`; check before offering it, and offer the plan file instead.
 * @throws when `payload.plan` is for another worksheet than `payload.worksheet`, or the context breaks
 *   `CONTEXT_LIMITS` (limit the inputs so this cannot happen).
 */
export async function encodeSharePayload(payload: SharePayload): Promise<string> {
	const { plan, worksheet, context } = payload;
	if (plan && plan.worksheet !== worksheet) throw new Error(`plan is for "${plan.worksheet}", not "${worksheet}"`);
	const problem = context ? contextProblem(context) : null;
	if (problem) throw new Error(problem);
	const data = compact([
		['w', worksheet],
		['p', plan && planData(plan)],
		['x', context && compact(CONTEXT_KEYS.map((key) => [key, context[key]]))],
	]);
	return packLinkBytes(await deflate(new TextEncoder().encode(JSON.stringify(data))));
}

const optionalText = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** The plan inside link data, or `null` when its shape is wrong. */
function readPlan(value: unknown, worksheet: string): PlanRecord | null {
	if (!isObject(value)) return null;
	const { i, v, t, n, d, c, u, a } = value;
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
	return checked.ok ? checked.record : null;
}

/** The coach context inside link data, or `null` when its shape is wrong. */
function readContext(value: unknown): CoachContext | null {
	if (!isObject(value)) return null;
	const context: CoachContext = {};
	for (const key of CONTEXT_KEYS) {
		const text = value[key];
		if (text === undefined) continue;
		if (typeof text !== 'string') return null;
		context[key] = text;
	}
	return contextProblem(context) ? null : context;
}

/**
 * Reads link data made by `encodeSharePayload`. Never throws: whatever the text, the result is the
 * payload or a message saying what went wrong and what to do.
 * @param kind which fragment the data came from (see `readFragment`); a plan link must hold a plan and a
 *   coach link must not.
 */
export async function decodeSharePayload(
	text: string,
	knownWorksheets: KnownWorksheets,
	kind?: LinkKind,
): Promise<ShareResult> {
	const fail = (message: string): ShareResult => ({ ok: false, message });
	try {
		if (typeof text !== 'string') return fail(LINK_MESSAGES.damaged);
		if (text.length > MAX_LINK_CHARS) return fail(LINK_MESSAGES.tooLong);
		const match = /^([1-9]\d{0,5})\.([A-Za-z0-9_-]+)$/.exec(text);
		if (!match) return fail(LINK_MESSAGES.damaged);
		const version = Number(match[1]);
		if (version > LINK_FORMAT) return fail(LINK_MESSAGES.newer(version));
		if (version !== LINK_FORMAT) return fail(LINK_MESSAGES.damaged);

		const deflated = unpackLinkBytes(match[2]);
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
			const plan = readPlan(data.p, worksheet);
			if (!plan) return fail(LINK_MESSAGES.damaged);
			payload.plan = plan;
		}
		if (data.x !== undefined) {
			const context = readContext(data.x);
			if (!context) return fail(LINK_MESSAGES.damaged);
			payload.context = context;
		}
		const problem = worksheetProblem(worksheet, payload.plan?.worksheetVersion ?? 0, knownWorksheets, 'link');
		if (problem) return fail(problem);
		if (kind === 'plan' && !payload.plan) return fail(LINK_MESSAGES.noPlan);
		if (kind === 'coach' && payload.plan) return fail(LINK_MESSAGES.notCoach);
		return { ok: true, payload };
	} catch {
		// Nothing above should throw; this keeps the promise that decoding never does.
		return fail(LINK_MESSAGES.damaged);
	}
}

/**
 * The full link to open a worksheet with link data in its fragment.
 * @param baseUrl the site's origin and base, ending in `/`, e.g. `location.origin + import.meta.env.BASE_URL`.
 * @example shareUrl('https://example.org/sub/', 'grow', '1.abc', 'plan') // 'https://example.org/sub/worksheets/grow/#plan=1.abc'
 */
export function shareUrl(baseUrl: string, worksheetId: string, encoded: string, kind: LinkKind): string {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	return `${base}worksheets/${encodeURIComponent(worksheetId)}/#${kind}=${encoded}`;
}

/**
 * Which link data a page's `location.hash` holds, or `null` when it holds none.
 * @example readFragment('#coach=1.abc') // { kind: 'coach', data: '1.abc' }
 */
export function readFragment(hash: string): { kind: LinkKind; data: string } | null {
	const match = /^#?(plan|coach)=(.*)$/s.exec(hash);
	return match ? { kind: match[1] as LinkKind, data: match[2] } : null;
}
