import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../src/plan/record';
import { validateRecord } from '../../../src/plan/record-door';
import { RECORD_LIMITS } from '../../../src/plan/record-limits';
import { isReason, reason, reasonText } from '../../../src/plan/reason';
import { textsFor } from '../../../src/components/catalogs';

const en = textsFor('en');
const es = textsFor('es');
const plan = (answers: Record<string, unknown>) => ({ ...createRecord({ id: 'grow', version: 1 }, new Date('2026-11-24T10:00:00Z')), answers });
const refusal = (answers: Record<string, unknown>) => {
	const result = validateRecord(plan(answers));
	if (result.ok) throw new Error('the door let it pass');
	return result.reason;
};

describe('why a record was refused, worded by the page’s language', () => {
	it('words a reason, and the reason inside it, in Spanish, with Spanish numbers', () => {
		const long = refusal({ goal: 'x'.repeat(RECORD_LIMITS.textChars + 1) });
		expect(reasonText(long, es)).toBe('la respuesta “goal” contiene un texto de más de 100.000 caracteres');
		expect(reasonText(long, en)).toBe('the answer “goal” holds a text longer than 100,000 characters');
		expect(reasonText(reason('common.reason-not-json'), es)).toBe('no es JSON válido');
	});

	it('stays plain JSON, so a quarantined record keeps it', () => {
		const long = refusal({ goal: 'x'.repeat(RECORD_LIMITS.textChars + 1) });
		expect(reasonText(JSON.parse(JSON.stringify(long)), en)).toBe(reasonText(long, en));
	});

	it('shows a reason stored by an older version (an English sentence) as it is', () => {
		expect(reasonText('it is not valid JSON', es)).toBe('it is not valid JSON');
	});

	it('does not take a damaged or foreign reason for one', () => {
		for (const value of [null, 3, [], {}, { key: 'link.refused' }, { key: 'common.reason-not-json', params: [] }, { key: 'common.reason-x', params: { a: {} } }])
			expect(isReason(value)).toBe(false);
		expect(reasonText({ key: 7 } as never, en)).toBe('it could not be read');
	});
});
