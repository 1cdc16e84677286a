import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPages, loadRawContent } from '../../src/build/content-check/load';
import { modelSchema } from '../../src/schemas/model';
import { pageSchema } from '../../src/schemas/page';
import { worksheetSchema } from '../../src/schemas/worksheet';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadRawContent(root);
const pages = new Map(englishPages(content).map((page) => [page.id, page]));
const models = content.models.map((file) => ({ id: file.id, model: modelSchema.parse(file.data) }));

describe('every model is explained page by page', () => {
	for (const { id, model } of models) {
		describe(model.name, () => {
			it('has an overview page', () => {
				expect(pages.has(id), `content/docs/${id}/index.mdx`).toBe(true);
			});
			for (const phase of model.phases) {
				it(`has a page for ${phase.name} that names it`, () => {
					const page = pages.get(`${id}/${phase.id}`);
					expect(page, `content/docs/${id}/${phase.id}.mdx`).toBeDefined();
					expect(pageSchema.parse(page!.data).phase).toBe(phase.id);
					expect(readFileSync(join(root, page!.path), 'utf8')).toContain(phase.name);
				});
			}
		});
	}
});

describe('every worksheet has its own page', () => {
	for (const file of content.worksheets) {
		it(`${file.id} is embedded on content/docs/worksheets/${file.id}.mdx`, () => {
			const page = pages.get(`worksheets/${file.id}`);
			expect(page).toBeDefined();
			const data = pageSchema.parse(page!.data);
			expect(data.worksheet).toBe(file.id);
			expect(data.model).toBe(worksheetSchema.parse(file.data).model);
		});
	}
});

describe('every page cites its sources', () => {
	const unsourced = new Set(['', '404', 'glossary', 'sources', 'about', 'compare']);
	for (const page of englishPages(content).filter((p) => !unsourced.has(p.id))) {
		it(`${page.path} cites at least one source`, () => {
			expect(pageSchema.parse(page.data).sources.length).toBeGreaterThan(0);
		});
	}
});
