import { describe, expect, it } from 'vitest';
import { overlayProblems, withTexts } from '../../src/plan/i18n/overlay';

const english = {
	version: 2,
	model: 'grow',
	title: 'GROW action plan',
	summary: { goal: 'goal' },
	sections: [
		{ phase: 'goal', intro: 'Say what you want.', fields: [{ id: 'goal', kind: 'short-text', label: 'What do you want?' }] },
		{ phase: 'will', fields: [{ id: 'steps', kind: 'checklist', label: 'Steps', options: ['Call', 'Write'] }] },
	],
};
const spanish = {
	title: 'Plan de acción GROW',
	sections: [
		{ intro: 'Di qué quieres.', fields: [{ id: 'goal', label: '¿Qué quieres?' }] },
		{ fields: [{ label: 'Pasos', options: ['Llamar', 'Escribir'] }] },
	],
};

describe('a content file in another language', () => {
	it('passes as a text-only mirror or as a full translated copy', () => {
		expect(overlayProblems(english, spanish)).toEqual([]);
		expect(overlayProblems(english, withTexts(english, spanish))).toEqual([]);
	});

	it('names the key of a missing text, an extra one, a list of another length and changed structure', () => {
		const broken = structuredClone(spanish) as Record<string, any>;
		delete broken.title;
		broken.sections[0].fields[0].id = 'objetivo';
		broken.sections[0].fields[0].ayuda = 'x';
		broken.sections[1].fields[0].options = ['Llamar'];
		expect(overlayProblems(english, broken)).toEqual([
			'title is missing (English: "GROW action plan")',
			'sections[0].fields[0].id is structure and should be "goal" as in the English',
			'sections[0].fields[0].ayuda is not in the English',
			'sections[1].fields[0].options has 1 texts; the English has 2',
		]);
	});

	it('keeps the structure and takes the texts from the translation', () => {
		const merged = withTexts(english, spanish);
		expect(merged.sections[1].fields[0]).toEqual({ id: 'steps', kind: 'checklist', label: 'Pasos', options: ['Llamar', 'Escribir'] });
		expect(merged.version).toBe(2);
		expect(merged.summary).toEqual({ goal: 'goal' });
		expect(merged.sections[0].phase).toBe('goal');
	});
});
