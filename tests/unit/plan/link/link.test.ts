import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../../../../src/plan/codecs/limits';
import {
	decodeSharePayload,
	encodeSharePayload,
	isEmptyAnswer,
	linkMessages,
	packLinkBytes,
	readFragment,
	shareUrl,
	type CoachContext,
	type ShareResult,
} from '../../../../src/plan/link';
import { createRecord, type PlanRecord } from '../../../../src/plan/record';
import { textsFor } from '../../../../src/components/catalogs';
import { arbitraryPlan, day, knownOf, loadWorksheets, text } from '../arbitrary-plan';

const t = textsFor('en');

const worksheets = loadWorksheets();
const known = knownOf(worksheets);
const now = new Date('2026-11-24T10:00:00.000Z');
const grow = (init: Parameters<typeof createRecord>[2] = {}) => createRecord({ id: 'grow', version: 1 }, now, init, 'abc123');

const arbitraryContext: fc.Arbitrary<CoachContext> = fc.record(
	{
		client: text.map((t) => t.slice(0, 200)),
		coach: text.map((t) => t.slice(0, 200)),
		focus: text,
		returnBy: day,
		note: text,
	},
	{ requiredKeys: [] },
);

/**
 * What a plan looks like after a trip through a link: empty answers dropped, edit times not sent, and
 * (since link format 2) a fresh id and the time of opening instead of the sender's.
 */
const afterLink = (plan: PlanRecord): PlanRecord => ({
	...plan,
	id: expect.any(String),
	created: expect.any(String),
	updated: expect.any(String),
	answers: Object.fromEntries(Object.entries(plan.answers).filter(([, value]) => !isEmptyAnswer(value))),
	edited: {},
});
/** Context after a link: empty fields are not sent. */
const contextAfterLink = (context: CoachContext) =>
	Object.fromEntries(Object.entries(context).filter(([, value]) => value !== '')) as CoachContext;

const pack = (json: unknown) => packLinkBytes(deflateRawSync(Buffer.from(typeof json === 'string' ? json : JSON.stringify(json))));
/** Link data in format 1, as links made before format 2 are. */
const packFormat1 = (json: unknown) => `1.${packLinkBytes(deflateRawSync(Buffer.from(JSON.stringify(json)))).slice(2)}`;

function expectRefused(result: ShareResult, message?: string) {
	expect(result.ok).toBe(false);
	if (result.ok) return;
	expect(result.message.length).toBeGreaterThan(20);
	if (message) expect(result.message).toBe(message);
}

describe('a share link', () => {
	for (const sheet of worksheets)
		it(`carries a ${sheet.id} plan with its title, person, date, worksheet and answers`, async () => {
			await fc.assert(
				fc.asyncProperty(arbitraryPlan(sheet), fc.option(arbitraryContext, { nil: undefined }), async (plan, context) => {
					const encoded = await encodeSharePayload({ plan, worksheet: sheet.id, context });
					expect(encoded).toMatch(/^2\.[A-Za-z0-9_-]+$/);
					const result = await decodeSharePayload(encoded, known, t, 'plan');
					expect(result).toEqual({
						ok: true,
						payload: { worksheet: sheet.id, plan: afterLink(plan), ...(context ? { context: contextAfterLink(context) } : {}) },
					});
				}),
				{ numRuns: 50 },
			);
		});

	it('leaves out empty answers and edit times, and the plan it opens is still whole', async () => {
		const plan = {
			...grow({
				title: '',
				person: '',
				answers: {
					goal: '',
					'reality-tried': [],
					'will-commitment': null,
					smart: { goal: '', specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
					'options-list': [''],
					'will-start': '2026-12-01',
				},
			}),
			date: '',
		};
		const result = await decodeSharePayload(await encodeSharePayload({ plan, worksheet: 'grow' }), known, t);
		expect(result).toEqual({
			ok: true,
			payload: {
				worksheet: 'grow',
				plan: {
					...plan,
					id: expect.any(String),
					created: expect.any(String),
					updated: expect.any(String),
					answers: { 'options-list': [''], 'will-start': '2026-12-01' },
					edited: {},
				},
			},
		});
	});

	it('a coach link carries the worksheet and the coach’s context, and no plan', async () => {
		const context = { client: 'Sam', coach: 'Alex', focus: 'Running <b>faster</b>', returnBy: '2026-12-01', note: 'See you\non Friday' };
		const encoded = await encodeSharePayload({ worksheet: 're-grow', context });
		expect(await decodeSharePayload(encoded, known, t, 'coach')).toEqual({ ok: true, payload: { worksheet: 're-grow', context } });
		expectRefused(await decodeSharePayload(encoded, known, t, 'plan'), linkMessages(t).noPlan);
		const planLink = await encodeSharePayload({ worksheet: 'grow', plan: grow() });
		expectRefused(await decodeSharePayload(planLink, known, t, 'coach'), linkMessages(t).notCoach);
	});

	it('a coach link with a context too long to read back is not made', async () => {
		await expect(encodeSharePayload({ worksheet: 'grow', context: { client: 'x'.repeat(201) } })).rejects.toThrow('client');
		await expect(encodeSharePayload({ worksheet: 'grow', context: { returnBy: '2026-02-30' } })).rejects.toThrow('returnBy');
		await expect(encodeSharePayload({ worksheet: 'smart', plan: grow() })).rejects.toThrow('grow');
	});

	it('a typical filled plan makes a link far below the limit', async () => {
		const plan = grow({
			title: 'Run a 10k',
			person: 'Sam',
			answers: {
				goal: 'Run 10 km in under an hour by the end of March',
				'goal-why': 'I want to feel fit again and raise money for the hospice.',
				'reality-tried': ['Running twice a week', 'A couch-to-5k app'],
				'will-actions': [{ what: 'Book the race', by: '2026-12-01', support: 'Jo', done: false }],
				'will-commitment': 8,
			},
		});
		const encoded = await encodeSharePayload({ plan, worksheet: 'grow' });
		expect(encoded.length).toBeLessThan(1000);
	});
});

describe('links of the earlier format', () => {
	it('a format-1 link, with the sender’s id and times, still opens', async () => {
		const old = packFormat1({
			w: 'grow',
			p: { i: 'abc123', v: 1, t: 'Run a 10k', n: 'Sam', c: '2026-11-24T10:00:00.000Z', u: '2026-11-25T10:00:00.000Z', a: { goal: 'Run 10 km' } },
		});
		expect(old).toMatch(/^1\./);
		expect(await decodeSharePayload(old, known, t, 'plan')).toEqual({
			ok: true,
			payload: {
				worksheet: 'grow',
				plan: {
					...grow({ title: 'Run a 10k', person: 'Sam', answers: { goal: 'Run 10 km' } }),
					updated: '2026-11-25T10:00:00.000Z',
					edited: {},
				},
			},
		});
		// A format-1 plan without its id or times was never valid, and still is not.
		expectRefused(await decodeSharePayload(packFormat1({ w: 'grow', p: { v: 1 } }), known, t), linkMessages(t).damaged);
	});

	it('a format-2 link is shorter than the same plan in format 1', async () => {
		const plan = grow({ title: 'Run a 10k', person: 'Sam', answers: { goal: 'Run 10 km in under an hour' } });
		const now2 = await encodeSharePayload({ plan, worksheet: 'grow' });
		const then1 = packFormat1({ w: 'grow', p: { i: plan.id, v: 1, t: plan.title, n: plan.person, c: plan.created, u: plan.updated, a: plan.answers } });
		expect(now2.length).toBeLessThan(then1.length - 40);
	});
});

describe('a link that was cut, changed or made up', () => {
	const corruption = (encoded: string) =>
		fc.oneof(
			fc.integer({ min: 0, max: encoded.length - 1 }).map((n) => encoded.slice(0, n)),
			fc.tuple(fc.integer({ min: 2, max: encoded.length - 1 }), fc.constantFrom(...'AZaz09-_.%=+/ ')).map(
				([i, c]) => encoded.slice(0, i) + (encoded[i] === c ? 'Q' : c) + encoded.slice(i + 1),
			),
			fc.tuple(fc.integer({ min: 0, max: encoded.length }), fc.constantFrom(...'AZaz09-_')).map(([i, c]) => encoded.slice(0, i) + c + encoded.slice(i)),
			fc.integer({ min: 0, max: encoded.length - 1 }).map((i) => encoded.slice(0, i) + encoded.slice(i + 1)),
			fc.string({ minLength: 1, maxLength: 20 }).map((junk) => encoded + junk),
			fc.string({ unit: fc.constantFrom(...'ABCabc019-_'), minLength: 1, maxLength: 8 }).map((junk) => encoded + junk),
		);

	for (const sheet of worksheets)
		it(`any change to a ${sheet.id} link gets a message, never a different plan`, async () => {
			for (const plan of fc.sample(arbitraryPlan(sheet), { numRuns: 5, seed: 42 })) {
				const encoded = await encodeSharePayload({ plan, worksheet: sheet.id });
				await fc.assert(
					fc.asyncProperty(corruption(encoded), async (changed) => {
						fc.pre(changed !== encoded);
						expectRefused(await decodeSharePayload(changed, known, t));
					}),
					{ numRuns: 20 },
				);
			}
		});

	it('random text, random bytes and the wrong kinds of content all get a message and never throw', async () => {
		const inputs = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.uint8Array({ maxLength: 200 }).map((bytes) => `1.${Buffer.from(bytes).toString('base64url')}`),
			fc.uint8Array({ maxLength: 200 }).map((bytes) => packLinkBytes(bytes)),
			fc.string().map((s) => pack(s)),
			fc.jsonValue().map((value) => pack(value)),
			fc.jsonValue().map((value) => packFormat1({ w: 'grow', p: value })),
			fc.jsonValue().map((value) => pack({ w: 'grow', x: value })),
			fc.jsonValue().map((value) => pack({ w: value })),
		);
		await fc.assert(
			fc.asyncProperty(inputs, async (input) => {
				const result = await decodeSharePayload(input, known, t);
				// At most a bare worksheet link (with a context) can be well formed by chance; never a plan.
				if (result.ok) expect(result.payload.plan).toBeUndefined();
				else expect(result.message.length).toBeGreaterThan(20);
			}),
			{ numRuns: 300 },
		);
	});

	it('a link whose content is not JSON says it is incomplete or changed', async () => {
		expectRefused(await decodeSharePayload(pack('not json at all'), known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(pack([1, 2, 3]), known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(pack({ w: 'grow', p: { i: 'x', v: 1, a: 'answers' } }), known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(pack({ w: 'grow', p: { i: 'x', v: 0, c: '', u: '' } }), known, t), linkMessages(t).damaged);
		expect((await decodeSharePayload(pack({ w: 'grow', p: { i: 'x', v: 1, c: '', u: '' } }), known, t)).ok).toBe(true);
		expectRefused(await decodeSharePayload(pack({ w: 'grow', x: { returnBy: 'soon' } }), known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(pack({ w: 'grow', x: { note: 'n'.repeat(2001) } }), known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(`${pack({ w: 'grow' })}=`, known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload('', known, t), linkMessages(t).damaged);
		expectRefused(await decodeSharePayload(undefined as unknown as string, known, t), linkMessages(t).damaged);
	});

	it('a link for a worksheet this site does not have names it', async () => {
		const result = await decodeSharePayload(pack({ w: 'fancy-model' }), known, t);
		expectRefused(result);
		expect(!result.ok && result.message).toMatch('a worksheet called “fancy-model” that this site does not have');
		expectRefused(await decodeSharePayload(pack({ w: 'constructor' }), known, t));
	});

	it('a link from a newer version asks for a reload', async () => {
		expectRefused(await decodeSharePayload(`4.${pack({ w: 'grow' }).slice(2)}`, known, t), linkMessages(t).newer(4));
		expectRefused(await decodeSharePayload(`3.${pack({ w: 'grow' }).slice(2)}`, known, t), linkMessages(t).locked);
		const newer = known.grow.version + 1;
		const plan = { ...grow(), worksheetVersion: newer };
		const result = await decodeSharePayload(await encodeSharePayload({ plan, worksheet: 'grow' }), known, t);
		expectRefused(result);
		expect(!result.ok && result.message).toMatch(`newer version of the “grow” worksheet (version ${newer})`);
		const older = await decodeSharePayload(await encodeSharePayload({ plan, worksheet: 'grow' }), { ...known, grow: { version: newer + 1 } }, t);
		expect(older.ok).toBe(true);
	});

	it('a link longer than the limit is refused before anything is decoded', async () => {
		expectRefused(await decodeSharePayload(`1.${'A'.repeat(MAX_LINK_CHARS)}`, known, t), linkMessages(t).tooLong);
		// 50 MB of zeros deflates small, but still into a link longer than the limit.
		const fifty = packLinkBytes(deflateRawSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 }));
		expect(fifty.length).toBeGreaterThan(MAX_LINK_CHARS);
		expectRefused(await decodeSharePayload(fifty, known, t), linkMessages(t).tooLong);
	});

	it('a deflate bomb short enough to be a link stops inflating at the limit', async () => {
		const size = 20 * 1024 * 1024;
		const bomb = packLinkBytes(deflateRawSync(Buffer.alloc(size), { level: 9 }));
		expect(bomb.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
		expect(size).toBeGreaterThan(MAX_INFLATED_BYTES * 10);
		expectRefused(await decodeSharePayload(bomb, known, t), linkMessages(t).tooLarge);
		// Just under the limit still opens (as JSON that is not a plan link: the message is about damage).
		const under = pack(`"${' '.repeat(MAX_INFLATED_BYTES - 2)}"`);
		expectRefused(await decodeSharePayload(under, known, t), linkMessages(t).damaged);
	});
});

describe('the link itself', () => {
	it('opens the worksheet page under the site’s base, with the data in the fragment', () => {
		expect(shareUrl('https://example.org/', 'grow', '1.abc', 'plan')).toBe('https://example.org/worksheets/grow/#plan=1.abc');
		expect(shareUrl('https://example.org/sub/', 're-grow', '1.x-_', 'coach')).toBe('https://example.org/sub/worksheets/re-grow/#coach=1.x-_');
		expect(shareUrl('/sub', 'grow', '1.abc', 'plan')).toBe('/sub/worksheets/grow/#plan=1.abc');
	});

	it('is found in the page’s fragment, and anything else is not a link', () => {
		expect(readFragment('#plan=1.abc')).toEqual({ kind: 'plan', data: '1.abc' });
		expect(readFragment('#coach=1.abc')).toEqual({ kind: 'coach', data: '1.abc' });
		expect(readFragment('coach=')).toEqual({ kind: 'coach', data: '' });
		expect(readFragment('')).toBeNull();
		expect(readFragment('#goal')).toBeNull();
		expect(readFragment('#planet=1')).toBeNull();
	});

	it('round-trips through the URL a browser builds', async () => {
		const encoded = await encodeSharePayload({ worksheet: 'grow', plan: grow({ title: 'Ünïcödé 😀 & <script>' }) });
		const url = new URL(shareUrl('https://example.org/sub/', 'grow', encoded, 'plan'));
		const fragment = readFragment(url.hash);
		expect(fragment?.kind).toBe('plan');
		const result = await decodeSharePayload(fragment!.data, known, t, fragment!.kind);
		expect(result.ok && result.payload.plan?.title).toBe('Ünïcödé 😀 & <script>');
	});
});
