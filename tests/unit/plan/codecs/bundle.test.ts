import { describe, expect, it } from 'vitest';
import { bundleMessages, bundleSizeProblem, looksLikeBundle, makeBundle, openBundle, summarizeBundle } from '../../../../src/plan/codecs/bundle';
import { createRecord } from '../../../../src/plan/record';
import { MAX_BUNDLE_BYTES } from '../../../../src/plan/codecs/limits';
import { textsFor } from '../../../../src/components/catalogs';
import { reasonText } from '../../../../src/plan/reason';

const t = textsFor('en');

const now = new Date('2026-11-24T10:00:00.000Z');
const grow = createRecord({ id: 'grow', version: 1 }, now, { title: 'Run a 10k', person: 'Sam', answers: { goal: 'Run' } }, 'p1');
const elsewhere = createRecord({ id: 'not-here', version: 3 }, now, { title: 'From another site', person: 'Ana' }, 'p2');
const contents = {
	plans: [grow, elsewhere],
	sessions: ['{"format":1,"id":"s1","notes":"private"}'],
	quarantine: [{ key: 'cw:plan:bad', raw: '{"format":9', reason: 'it is not valid JSON', found: now.toISOString() }],
	practice: '{"format":1,"items":{"order-grow":{"box":2,"due":1,"right":1,"wrong":0,"last":1}}}',
};
const pass = 'correct horse battery';

describe('the plan bundle', () => {
	it('opens with its passphrase and gives back every plan, session, quarantined record and the practice progress as they were', async () => {
		const text = await makeBundle(contents, pass, now);
		expect(looksLikeBundle(text)).toBe(true);
		expect(text).not.toContain('Sam');
		expect(text).not.toContain('private');
		const opened = await openBundle(text, pass, t);
		expect(opened).toEqual({ ok: true, contents: { made: now.toISOString(), ...contents } });
		if (!opened.ok) return;
		expect(summarizeBundle(opened.contents, { grow: { version: 1 } })).toEqual({
			plans: 2,
			people: ['Sam', 'Ana'],
			unknownWorksheets: ['not-here'],
			sessions: 1,
			quarantined: 1,
			practice: true,
			made: now.toISOString(),
		});
	});

	it('opens a bundle made before practice progress was kept, with none', async () => {
		const { practice: _none, ...older } = contents;
		const opened = await openBundle(await makeBundle(older, pass, now), pass, t);
		expect(opened.ok && opened.contents.practice).toBeUndefined();
	});

	it('says a wrong passphrase may be tried again, and a cut or changed bundle is damaged', async () => {
		const text = await makeBundle(contents, pass, now);
		expect(await openBundle(text, 'not the one', t)).toEqual({ ok: false, message: bundleMessages(t).wrongPassphrase, retry: true });
		expect(await openBundle(text.slice(0, Math.floor(text.length / 2)), pass, t)).toEqual({ ok: false, message: bundleMessages(t).damaged });
		const data = JSON.parse(text).data as string;
		const flipped = text.replace(data, data.slice(0, 40) + (data[40] === 'A' ? 'B' : 'A') + data.slice(41));
		expect(await openBundle(flipped, pass, t)).toEqual({ ok: false, message: bundleMessages(t).damaged });
	});

	it('refuses a bundle from a newer version and one far too large, before any passphrase', async () => {
		const text = await makeBundle(contents, pass, now);
		const newer = text.replace('"format":1', '"format":2');
		expect(await openBundle(newer, pass, t)).toEqual({ ok: false, message: bundleMessages(t).newer(2) });
		expect(bundleSizeProblem(MAX_BUNDLE_BYTES + 1, t)).toContain('far larger than any set of plans');
		expect(bundleSizeProblem(1000, t)).toBeNull();
	});

	it('keeps a bundled plan that fails the door aside, with the reason, instead of dropping it', async () => {
		const broken = { ...grow, id: 'p3', date: 'tomorrow' };
		const text = await makeBundle({ ...contents, plans: [grow, broken as never] }, pass, now);
		const opened = await openBundle(text, pass, t, now);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.contents.plans.map((p) => p.id)).toEqual(['p1']);
		expect(opened.contents.quarantine[1]).toMatchObject({ key: 'cw:plan:p3' });
		expect(reasonText(opened.contents.quarantine[1].reason, t)).toBe('its date is not written YYYY-MM-DD');
		// A bundle from before reasons were data keeps its English sentence.
		expect(opened.contents.quarantine[0].reason).toBe('it is not valid JSON');
	});

	it('refuses a passphrase shorter than eight characters', async () => {
		await expect(makeBundle(contents, 'short', now)).rejects.toThrow();
	});
});
