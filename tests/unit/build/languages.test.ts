import { describe, expect, it, vi } from 'vitest';
import { catalogProblems } from '../../../src/build/content-check/catalogs';
import { loadRawContent } from '../../../src/build/content-check/load';
import { translationProblems } from '../../../src/build/content-check/translations';
import { CATALOGS } from '../../../src/components/catalogs';
import { translator } from '../../../src/plan/i18n/translate';
import { LANGUAGES } from '../../../src/plan/i18n/languages';

const english = {
	common: { locale: 'en-GB' },
	plans: { saved: 'Saved “{title}”.', count_one: '{count} plan', count_other: '{count} plans', open: 'Open', holds_one: '{name} holds this plan:', holds_other: '{name} holds {count} plans:' },
};
const file = (id: string, data: unknown) => ({ path: `content/i18n/${id}.json`, id, data });

describe('the catalogs of the interface’s words', () => {
	it('finds nothing wrong when a language has every key, its own plural forms and the same placeholders', () => {
		const spanish = {
			common: { locale: 'es' },
			plans: { saved: 'Guardado «{title}».', count_one: '{count} plan', count_other: '{count} planes', open: 'Abrir', holds_one: '{name} tiene este plan:', holds_other: '{name} tiene {count} planes:' },
		};
		expect(catalogProblems([file('en', english), file('es', spanish)])).toEqual([]);
	});

	it('names the file and key of a missing text, an extra one, a changed placeholder and a plural without its other form', () => {
		const spanish = { common: { locale: 'es' }, plans: { saved: 'Guardado «{titulo}».', count_one: '{count} plan', abrir: 'Abrir', holds_one: '{name} tiene este plan:', holds_other: '{count} planes:' } };
		expect(catalogProblems([file('en', english), file('es', spanish)])).toEqual([
			'content/i18n/es.json: plans.saved should use the placeholders {title}',
			'content/i18n/es.json: plans.open is missing (English: "Open")',
			'content/i18n/es.json: plans.holds should use the placeholders {name}',
			'content/i18n/es.json: plans.abrir is not a key of content/i18n/en.json',
			'content/i18n/es.json: plans.count_other is missing (every plural text needs it)',
		]);
	});

	it('says so when a catalog is not JSON or holds something other than texts', () => {
		expect(catalogProblems([file('en', english), file('es', 'not JSON: Unexpected token'), file('fr', { common: { locale: 3 }, plans: 'x' })])).toEqual([
			'content/i18n/es.json: not JSON: Unexpected token',
			'content/i18n/fr.json: common.locale should be a text',
			'content/i18n/fr.json: plans should hold texts by key',
			'content/i18n/fr.json: common.locale is missing (English: "en-GB")',
			expect.stringContaining('content/i18n/fr.json: plans.saved is missing'),
			expect.stringContaining('content/i18n/fr.json: plans.count is missing'),
			expect.stringContaining('content/i18n/fr.json: plans.open is missing'),
			expect.stringContaining('content/i18n/fr.json: plans.holds is missing'),
		]);
	});

	it('the site’s own catalogs pass, and each is loaded under its language tag: one per language the site has', () => {
		expect(catalogProblems(loadRawContent(process.cwd()).catalogs)).toEqual([]);
		expect(Object.keys(CATALOGS).sort()).toEqual(LANGUAGES.map(({ lang }) => lang).sort());
	});
});

describe('reading a text', () => {
	const t = translator(english as never, 'en-GB') as unknown as (key: string, params?: Record<string, string | number>) => string;

	it('fills placeholders, picks the plural form the language uses, and shows an unknown key as itself', () => {
		expect(t('plans.saved', { title: 'Run' })).toBe('Saved “Run”.');
		expect(t('plans.count', { count: 1 })).toBe('1 plan');
		expect(t('plans.count', { count: 5 })).toBe('5 plans');
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(t('plans.nothing')).toBe('plans.nothing');
		expect(error).toHaveBeenCalledWith(expect.stringContaining('No text for plans.nothing'));
		error.mockRestore();
		expect(t('plans.saved')).toBe('Saved “{title}”.');
	});
});

describe('the content of a language beside English', () => {
	const site = () => {
		const content = {
			models: [], sources: { path: 'content/sources.yaml', data: [] },
			worksheets: [{ path: 'content/worksheets/x.yaml', id: 'x', data: { version: 1, title: 'X plan', sections: [{ phase: 'goal', fields: [{ id: 'goal', kind: 'short-text', label: 'Goal?' }] }] } }],
			dialogues: [{ path: 'content/dialogues/x/goal.yaml', id: 'x/goal', data: { model: 'x', client: 'Sam', topic: 'time', turns: [{ speaker: 'coach', text: 'What for?' }] } }],
			practice: { betterQuestions: { path: 'content/practice/better-questions.yaml', data: [] }, scenarios: { path: 'content/practice/scenarios.yaml', data: [] } },
			pages: [
				{ path: 'content/docs/x/goal.mdx', id: 'x/goal', data: { title: 'Goal', model: 'x', phase: 'goal', sources: ['s'] } },
				{ path: 'content/docs/es/x/goal.mdx', id: 'es/x/goal', data: { title: 'Objetivo', model: 'x', phase: 'will', sources: ['s'] } },
				{ path: 'content/docs/es/x/extra.mdx', id: 'es/x/extra', data: { title: 'Extra' } },
			],
			catalogs: [],
			translations: [
				{
					lang: 'es',
					files: [
						{ path: 'content/worksheets/es/x.yaml', id: 'worksheets/x', data: { title: 'Plan X', sections: [{ fields: [{ label: '' }] }] } },
						{ path: 'content/dialogues/es/y.yaml', id: 'dialogues/y', data: {} },
					],
				},
			],
		};
		return content;
	};

	it('names each missing translation, missing text, changed structure and orphan, by file and key', () => {
		expect(translationProblems(site() as never)).toEqual([
			'content/worksheets/es/x.yaml: sections[0].fields[0].label is missing (English: "Goal?")',
			'content/dialogues/es/x/goal.yaml: missing (the es text of content/dialogues/x/goal.yaml)',
			'content/practice/es/better-questions.yaml: missing (the es text of content/practice/better-questions.yaml)',
			'content/practice/es/scenarios.yaml: missing (the es text of content/practice/scenarios.yaml)',
			'content/dialogues/es/y.yaml: has no English twin',
			'content/docs/es/x/goal.mdx: phase should be "goal" as on content/docs/x/goal.mdx',
			'content/docs/es/x/extra.mdx: has no English twin',
		]);
	});
});
