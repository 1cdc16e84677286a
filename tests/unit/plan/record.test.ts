import { describe, expect, it } from 'vitest';
import {
	createRecord,
	encodeRecord,
	FORMAT_VERSION,
	newPlanId,
	withAnswer,
	withHeader,
	type PlanRecord,
} from '../../../src/plan/record';
import { mergeRecords, sameRecord } from '../../../src/plan/record-merge';
import { decodeRecord, validateRecord } from '../../../src/plan/record-door';
import { reasonText } from '../../../src/plan/reason';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');

const grow = { id: 'grow', version: 1 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

describe('starting a plan', () => {
	it('creates an empty record of the current format for the worksheet', () => {
		const record = createRecord(grow, at(0), {}, 'plan1');
		expect(record).toEqual({
			format: FORMAT_VERSION,
			id: 'plan1',
			worksheet: 'grow',
			worksheetVersion: 1,
			title: '',
			person: '',
			date: '',
			created: '2026-11-24T10:00:00.000Z',
			updated: '2026-11-24T10:00:00.000Z',
			answers: {},
			edited: {},
		});
	});

	it('stamps the answers it starts with, but not the header', () => {
		const record = createRecord(grow, at(0), { title: 'Run a 10k', answers: { goal: 'Run 10k', why: 'Health' } }, 'plan1');
		expect(record.title).toBe('Run a 10k');
		expect(record.edited).toEqual({ goal: at(0).getTime(), why: at(0).getTime() });
	});

	it('gets a fresh short id when none is given', () => {
		const ids = new Set(Array.from({ length: 50 }, () => createRecord(grow, at(0)).id));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]{10}$/);
		expect(newPlanId()).toMatch(/^[a-z0-9]{10}$/);
	});
});

describe('a plan survives being written and read back', () => {
	it('decodes what it encodes', () => {
		const record = withAnswer(
			createRecord(grow, at(0), { title: 'Run a 10k', person: 'Sam', date: '2026-11-24' }, 'plan1'),
			'actions',
			[{ what: 'Buy shoes', by: '2026-12-01', support: '', done: false }],
			at(1),
		);
		const decoded = decodeRecord(encodeRecord(record));
		expect(decoded).toEqual({ ok: true, record });
	});
});

describe('a stored value that is not a plan gets a reason and is not used', () => {
	const valid = () => JSON.parse(encodeRecord(createRecord(grow, at(0), {}, 'plan1'))) as Record<string, unknown>;
	const reason = (value: unknown) => {
		const result = validateRecord(value);
		return result.ok ? 'ok' : reasonText(result.reason, t);
	};
	const decoded = (raw: string) => {
		const result = decodeRecord(raw);
		return result.ok ? 'ok' : reasonText(result.reason, t);
	};

	it('says when the text is not JSON', () => {
		expect(decoded('{"format": 1,')).toBe('it is not valid JSON');
	});

	it('says when the JSON is not an object', () => {
		for (const raw of ['null', '[]', '"plan"', '3']) expect(decoded(raw)).toBe('it is not a plan record');
	});

	it('says a record from a newer version of the site was saved by a newer version', () => {
		expect(reason({ ...valid(), format: FORMAT_VERSION + 1 })).toBe(
			`it was saved by a newer version of this site (format ${FORMAT_VERSION + 1})`,
		);
	});

	it('says when the format is missing or unknown', () => {
		const { format: _, ...noFormat } = valid();
		expect(reason(noFormat)).toBe('it has no format version');
		expect(reason({ ...valid(), format: 0 })).toBe('format 0 is unknown');
	});

	it('names the first missing or mistyped field', () => {
		for (const key of ['id', 'worksheet', 'title', 'person', 'date', 'created', 'updated']) {
			const { [key]: _, ...missing } = valid();
			expect(reason(missing)).toBe(`its "${key}" is missing or not text`);
			expect(reason({ ...valid(), [key]: 7 })).toBe(`its "${key}" is missing or not text`);
		}
		expect(reason({ ...valid(), worksheetVersion: '1' })).toBe('its "worksheetVersion" is missing');
		expect(reason({ ...valid(), answers: [] })).toBe('its "answers" are missing');
		expect(reason({ ...valid(), edited: undefined })).toBe('its "edited" times are missing');
		expect(reason({ ...valid(), edited: { goal: 'yesterday' } })).toBe('its "edited" times are missing');
	});

	it('accepts the record it was given', () => {
		expect(reason(valid())).toBe('ok');
	});
});

describe('editing a plan', () => {
	const record = createRecord(grow, at(0), {}, 'plan1');

	it('withAnswer changes one answer and stamps its edit time', () => {
		const edited = withAnswer(record, 'goal', 'Run 10k', at(5));
		expect(edited.answers).toEqual({ goal: 'Run 10k' });
		expect(edited.edited).toEqual({ goal: at(5).getTime() });
		expect(edited.updated).toBe(at(5).toISOString());
		expect(edited.created).toBe(record.created);
	});

	it('withHeader changes a header field and stamps it under @name', () => {
		const edited = withHeader(record, 'person', 'Sam', at(6));
		expect(edited.person).toBe('Sam');
		expect(edited.edited).toEqual({ '@person': at(6).getTime() });
		expect(edited.updated).toBe(at(6).toISOString());
	});

	it('leaves the original record untouched', () => {
		const before = structuredClone(record);
		withHeader(withAnswer(record, 'goal', 'x', at(1)), 'title', 't', at(2));
		expect(record).toEqual(before);
	});
});

describe('two tabs editing one plan merge field by field', () => {
	const base = createRecord(grow, at(0), { title: 'Plan', answers: { goal: 'Run 5k', why: 'Health' } }, 'plan1');

	it('keeps the later edit of each field', () => {
		const mine = withAnswer(base, 'goal', 'Run 10k', at(5));
		const theirs = withAnswer(base, 'goal', 'Run a marathon', at(7));
		const merged = mergeRecords(mine, theirs);
		expect(merged.answers.goal).toBe('Run a marathon');
		expect(merged.edited.goal).toBe(at(7).getTime());
		expect(mergeRecords(theirs, mine).answers.goal).toBe('Run a marathon');
	});

	it('keeps both tabs’ edits of different fields', () => {
		const mine = withAnswer(base, 'goal', 'Run 10k', at(5));
		const theirs = withAnswer(withAnswer(base, 'why', 'To feel strong', at(3)), 'support', ['Coach'], at(4));
		const merged = mergeRecords(mine, theirs);
		expect(merged.answers).toEqual({ goal: 'Run 10k', why: 'To feel strong', support: ['Coach'] });
		expect(merged.edited).toMatchObject({ goal: at(5).getTime(), why: at(3).getTime(), support: at(4).getTime() });
		expect(merged.updated).toBe(at(5).toISOString());
	});

	it('merges the header the same way', () => {
		const mine = withHeader(withHeader(base, 'title', 'My title', at(2)), 'date', '2026-12-01', at(9));
		const theirs = withHeader(withHeader(base, 'title', 'Their title', at(4)), 'person', 'Sam', at(3));
		const merged = mergeRecords(mine, theirs);
		expect([merged.title, merged.person, merged.date]).toEqual(['Their title', 'Sam', '2026-12-01']);
		expect(merged.edited).toMatchObject({ '@title': at(4).getTime(), '@person': at(3).getTime(), '@date': at(9).getTime() });
	});

	it('gives the same plan whichever tab merges', () => {
		const mine = withHeader(withAnswer(withAnswer(base, 'goal', 'Run 10k', at(5)), 'why', 'Mine', at(1)), 'title', 'Mine', at(8));
		const theirs = withHeader(withAnswer(withAnswer(base, 'why', 'Theirs', at(6)), 'extra', [1], at(2)), 'person', 'Sam', at(3));
		const a = mergeRecords(mine, theirs);
		const b = mergeRecords(theirs, mine);
		expect(a).toEqual(b);
		expect(sameRecord(a, b)).toBe(true);
		expect(a.answers).toEqual({ goal: 'Run 10k', why: 'Theirs', extra: [1] });
		expect([a.title, a.person]).toEqual(['Mine', 'Sam']);
	});

	it('keeps the newer worksheet version', () => {
		const theirs: PlanRecord = { ...base, worksheetVersion: 2 };
		expect(mergeRecords(base, theirs).worksheetVersion).toBe(2);
		expect(mergeRecords(theirs, base).worksheetVersion).toBe(2);
	});

	it('changes nothing when merging a plan with itself', () => {
		const record = withHeader(withAnswer(base, 'goal', 'Run 10k', at(5)), 'title', 'T', at(6));
		// Header fields nobody edited get no stamp, so a merge of equal copies is the same record.
		expect(mergeRecords(record, record)).toEqual(record);
		expect(sameRecord(mergeRecords(record, record), record)).toBe(true);
	});
});

describe('sameRecord', () => {
	const record = createRecord(grow, at(0), { answers: { goal: 'x', why: 'y' } }, 'plan1');

	it('ignores key order', () => {
		const reordered = JSON.parse(JSON.stringify(record, Object.keys(record).reverse())) as PlanRecord;
		reordered.answers = { why: 'y', goal: 'x' };
		reordered.edited = { why: record.edited.why, goal: record.edited.goal };
		expect(encodeRecord(reordered)).not.toBe(encodeRecord(record));
		expect(sameRecord(record, reordered)).toBe(true);
	});

	it('notices any difference in data', () => {
		expect(sameRecord(record, withAnswer(record, 'goal', 'x', at(0)))).toBe(true);
		expect(sameRecord(record, withAnswer(record, 'goal', 'z', at(0)))).toBe(false);
		expect(sameRecord(record, { ...record, title: 'T' })).toBe(false);
	});
});
