import { describe, expect, it } from 'vitest';
import { createRecord, encodeRecord, withHeader } from '../../../src/plan/record';
import { decodeRecord, validateRecord } from '../../../src/plan/record-door';
import { planLabel, shownTitle } from '../../../src/plan/answers/plan-label';
import { makeBundle, openBundle } from '../../../src/plan/codecs/bundle';
import { textsFor } from '../../../src/components/catalogs';
import { reasonText } from '../../../src/plan/reason';

const t = textsFor('en');
const grow = { id: 'grow', version: 1 };
const now = new Date('2026-11-24T10:00:00.000Z');

describe('the origin of a plan (copy or recovered), kept as data', () => {
	it('is valid as "copy" or "recovered", and survives encoding', () => {
		for (const origin of ['copy', 'recovered'] as const) {
			const record = createRecord(grow, now, { title: 'Run a 10k', origin });
			expect(record.origin).toBe(origin);
			const decoded = decodeRecord(encodeRecord(record));
			expect(decoded.ok && decoded.record.origin).toBe(origin);
		}
	});

	it('is optional: a record without it (as every older one) opens, and none is added', () => {
		const record = createRecord(grow, now, { title: 'Copy of Run a 10k' });
		expect('origin' in record).toBe(false);
		const decoded = decodeRecord(encodeRecord(record));
		expect(decoded.ok && decoded.record).toEqual(record);
	});

	it('refuses any other value, saying why', () => {
		const record = { ...createRecord(grow, now), origin: 'Copy' };
		const refused = validateRecord(record);
		expect(refused.ok ? 'ok' : reasonText(refused.reason, t)).toBe('its "origin" is not "copy" or "recovered"');
		expect(validateRecord({ ...record, origin: true }).ok).toBe(false);
	});

	it('travels in a move bundle', async () => {
		const plan = createRecord(grow, now, { title: 'Run a 10k', origin: 'copy' });
		const opened = await openBundle(await makeBundle({ plans: [plan], sessions: [], quarantine: [] }, 'a long enough passphrase', now), 'a long enough passphrase', t);
		expect(opened.ok && opened.contents.plans[0]).toEqual(plan);
	});
});

describe('how a plan’s title is shown', () => {
	it('words a copy and a recovered plan from the catalog, keeping the saved title as it is', () => {
		expect(shownTitle(createRecord(grow, now, { title: 'Run a 10k', origin: 'copy' }), t)).toBe('Copy of Run a 10k');
		expect(shownTitle(createRecord(grow, now, { title: 'Run a 10k', origin: 'recovered' }), t)).toBe('Recovered: Run a 10k');
		expect(shownTitle(createRecord(grow, now, { origin: 'copy' }), t)).toBe('Copy of untitled plan');
		expect(shownTitle(createRecord(grow, now, { origin: 'recovered' }), t)).toBe('Recovered: untitled plan');
	});

	it('shows a plan without origin as saved, so an older "Copy of …" title is not worded twice', () => {
		expect(shownTitle(createRecord(grow, now, { title: 'Copy of Run a 10k' }), t)).toBe('Copy of Run a 10k');
		expect(shownTitle(createRecord(grow, now), t)).toBe('');
	});

	it('shows the name the visitor gave once the plan is renamed', () => {
		const copy = createRecord(grow, now, { title: 'Run a 10k', origin: 'copy' });
		expect(shownTitle(withHeader(copy, 'title', 'Copy of Run a 10k, take 2', now), t)).toBe('Copy of Run a 10k, take 2');
		expect(shownTitle(withHeader(copy, 'title', '', now), t)).toBe('');
	});

	it('names a plan in lists, with the day for an untitled one', () => {
		expect(planLabel(createRecord(grow, now, { title: ' Run a 10k ', origin: 'copy' }), t)).toBe('Copy of Run a 10k');
		expect(planLabel(createRecord(grow, now), t)).toBe('Untitled plan (24 Nov 2026)');
	});
});
