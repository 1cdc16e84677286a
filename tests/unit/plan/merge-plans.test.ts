import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePlans, mergeReply, mergeRestored } from '../../../src/plan/merge-plans';
import { createRecord, type PlanRecord } from '../../../src/plan/record';
import { sameRecord } from '../../../src/plan/record-merge';

const FIELDS = ['goal', 'reality', 'options', 'will'] as const;
const IDS = ['p1', 'p2', 'p3'] as const;
const iso = (ms: number) => new Date(ms).toISOString();

/** One device's copy of a plan: some fields answered, each with its edit stamp. */
const copyOf = (id: string) =>
	fc
		.record({
			answers: fc.dictionary(fc.constantFrom(...FIELDS), fc.string({ maxLength: 6 }), { maxKeys: 4 }),
			stamps: fc.dictionary(fc.constantFrom(...FIELDS, '@title'), fc.integer({ min: 1, max: 50 }), { maxKeys: 5 }),
			title: fc.string({ maxLength: 4 }),
			updated: fc.integer({ min: 0, max: 50 }),
		})
		.map(({ answers, stamps, title, updated }): PlanRecord => {
			const record = createRecord({ id: 'grow', version: 1 }, new Date(0), { title, answers }, id);
			return { ...record, edited: { ...stamps }, updated: iso(Date.UTC(2026, 0, 1) + updated * 1000) };
		});

const plans = fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map(copyOf)));
const byId = (records: PlanRecord[]) => Object.fromEntries(records.map((r) => [r.id, r]));
const applied = (here: Record<string, PlanRecord>, incoming: PlanRecord[]) => {
	const out = { ...here };
	for (const record of mergePlans(here, incoming).writes) out[record.id] = record;
	return out;
};
const sameSet = (a: Record<string, PlanRecord>, b: Record<string, PlanRecord>) =>
	Object.keys(a).sort().join() === Object.keys(b).sort().join() && Object.keys(a).every((id) => sameRecord(a[id], b[id]));

describe('restoring plans from another device', () => {
	it('is idempotent: restoring the same set again changes nothing', () => {
		fc.assert(
			fc.property(plans, plans, (hereList, incoming) => {
				const once = applied(byId(hereList), incoming);
				const again = mergePlans(once, incoming);
				expect(again.writes).toEqual([]);
				expect(again.unchanged).toBe(new Set(incoming.map((r) => r.id)).size);
			}),
		);
	});

	it('never deletes a plan and counts every incoming plan once', () => {
		fc.assert(
			fc.property(plans, plans, (hereList, incoming) => {
				const here = byId(hereList);
				const outcome = mergePlans(here, incoming);
				const after = applied(here, incoming);
				for (const id of Object.keys(here)) expect(after[id]).toBeDefined();
				for (const record of incoming) expect(after[record.id]).toBeDefined();
				expect(outcome.added + outcome.updated + outcome.unchanged).toBe(incoming.length);
				expect(outcome.added).toBe(incoming.filter((r) => !here[r.id]).length);
			}),
		);
	});

	it('is order-independent: here ⊕ there equals there ⊕ here', () => {
		fc.assert(
			fc.property(copyOf('p1'), copyOf('p1'), (a, b) => {
				expect(sameRecord(mergeRestored(a, b), mergeRestored(b, a))).toBe(true);
			}),
		);
	});

	it('gives the same result whichever of two devices with disjoint edits is restored first', () => {
		fc.assert(
			fc.property(copyOf('p1'), copyOf('p1'), copyOf('p1'), (base, x, y) => {
				// Device X edited only goal and reality, device Y only options and will, after the base.
				const edit = (from: PlanRecord, by: PlanRecord, keys: string[]) => {
					const out = structuredClone(from);
					for (const key of keys)
						if (Object.hasOwn(by.answers, key)) {
							out.answers[key] = by.answers[key];
							out.edited[key] = 100 + (by.edited[key] ?? 1);
						}
					return out;
				};
				const dx = edit(base, x, ['goal', 'reality']);
				const dy = edit(base, y, ['options', 'will']);
				const xy = applied(applied({ p1: base }, [dx]), [dy]);
				const yx = applied(applied({ p1: base }, [dy]), [dx]);
				expect(sameSet(xy, yx)).toBe(true);
				for (const key of ['goal', 'reality']) if (Object.hasOwn(x.answers, key)) expect(xy.p1.answers[key]).toEqual(x.answers[key]);
				for (const key of ['options', 'will']) if (Object.hasOwn(y.answers, key)) expect(xy.p1.answers[key]).toEqual(y.answers[key]);
			}),
		);
	});

	it('never drops the newest value of a field present on either side', () => {
		fc.assert(
			fc.property(copyOf('p1'), copyOf('p1'), (here, incoming) => {
				const merged = mergeRestored(here, incoming);
				for (const key of FIELDS) {
					const sides = [here, incoming].filter((r) => Object.hasOwn(r.answers, key));
					if (sides.length === 0) {
						expect(Object.hasOwn(merged.answers, key)).toBe(false);
						continue;
					}
					const newest = Math.max(...sides.map((r) => r.edited[key] ?? 0));
					const candidates = sides.filter((r) => (r.edited[key] ?? 0) === newest).map((r) => r.answers[key]);
					expect(candidates).toContainEqual(merged.answers[key]);
					expect(merged.edited[key] ?? 0).toBeGreaterThanOrEqual(newest);
				}
				const titleStamp = Math.max(here.edited['@title'] ?? 0, incoming.edited['@title'] ?? 0);
				const titles = [here, incoming].filter((r) => (r.edited['@title'] ?? 0) === titleStamp).map((r) => r.title);
				expect(titles).toContain(merged.title);
			}),
		);
	});

	it('takes the newer field from each side: B keeps its newer goal, A brings its newer will', () => {
		const base = createRecord({ id: 'grow', version: 1 }, new Date(0), {}, 'p1');
		const a = { ...base, answers: { goal: 'A goal', will: 'A will' }, edited: { goal: 10, will: 30 } };
		const b = { ...base, answers: { goal: 'B goal', will: 'B will' }, edited: { goal: 20, will: 5 } };
		const outcome = mergePlans({ p1: b }, [a]);
		expect(outcome).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
		expect(outcome.writes[0].answers).toEqual({ goal: 'B goal', will: 'A will' });
		expect(outcome.writes[0].edited).toEqual({ goal: 20, will: 30 });
	});
});

describe("merging a client's reply into the coach's plan", () => {
	const now = new Date(Date.UTC(2026, 11, 3, 10));
	const coach = {
		...createRecord({ id: 'grow', version: 4 }, new Date(Date.UTC(2026, 10, 1)), {
			title: 'Run a 10k',
			person: 'Dana',
			answers: { goal: 'Run 10k by June', reality: 'Runs 3k', options: [] },
		}),
		context: undefined,
	};
	const reply = createRecord({ id: 'grow', version: 4 }, now, {
		title: 'Something else',
		person: 'D.',
		answers: { goal: 'Run 10k by June', reality: 'Runs 5k now, twice a week', options: ['Club', 'App'], will: '' },
		context: { coach: 'Sam', plan: coach.id },
	});

	it('takes every answer the client gave, keeps what only the coach has, and says which it adds and replaces', () => {
		const { record, added, replaced } = mergeReply(coach, reply, now);
		expect(added).toEqual(['options']);
		expect(replaced).toEqual(['reality']);
		expect(record.answers).toEqual({ goal: 'Run 10k by June', reality: 'Runs 5k now, twice a week', options: ['Club', 'App'] });
		expect(record.edited.reality).toBe(now.getTime());
	});

	it("keeps the coach's id, header and context: the reply changes answers only", () => {
		const { record } = mergeReply(coach, reply, now);
		expect({ id: record.id, title: record.title, person: record.person, context: record.context, created: record.created }).toEqual({
			id: coach.id,
			title: 'Run a 10k',
			person: 'Dana',
			context: undefined,
			created: coach.created,
		});
	});

	it('changes nothing when the reply holds nothing new', () => {
		const once = mergeReply(coach, reply, now).record;
		const again = mergeReply(once, reply, new Date(now.getTime() + 60_000));
		expect([again.added, again.replaced]).toEqual([[], []]);
		expect(sameRecord(again.record, once)).toBe(true);
	});
});
