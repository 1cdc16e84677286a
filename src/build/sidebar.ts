import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelSchema } from '../schemas/model';
import { worksheetSchema } from '../schemas/worksheet';
import { loadRawContent } from './content-check/load';

interface SidebarLink {
	label: string;
	slug: string;
}
interface SidebarGroup {
	label: string;
	collapsed: boolean;
	items: SidebarLink[];
}

/**
 * One sidebar group per model, in teaching order: overview, each phase, then its worksheets
 * (pages at `content/docs/worksheets/<worksheet id>.mdx`).
 * Built from `content/models/*.yaml` so the order is stated once; pages not yet written are skipped
 * (the content test reports them). Groups start collapsed so the nine models fit on a screen as a list;
 * Starlight opens the group that holds the current page.
 */
export function modelSidebar(root: string): SidebarGroup[] {
	const pageExists = (slug: string) =>
		['.mdx', '.md', '/index.mdx', '/index.md'].some((ext) => existsSync(join(root, 'content/docs', slug + ext)));
	const content = loadRawContent(root);
	const worksheets = content.worksheets.map((file) => ({ id: file.id, sheet: worksheetSchema.parse(file.data) }));
	return content
		.models.map((file) => ({ id: file.id, model: modelSchema.parse(file.data) }))
		.sort((a, b) => a.model.order - b.model.order)
		.map(({ id, model }) => ({
			label: model.name,
			collapsed: true,
			items: [
				{ label: 'Overview', slug: id },
				...model.phases.map((phase) => ({
					label: phase.letter && !phase.name.startsWith(phase.letter) ? `${phase.letter}. ${phase.name}` : phase.name,
					slug: `${id}/${phase.id}`,
				})),
				...worksheets
					.filter(({ sheet }) => sheet.model === id)
					.map(({ id: sheetId, sheet }) => ({ label: `Worksheet: ${sheet.title}`, slug: `worksheets/${sheetId}` })),
			].filter((item) => pageExists(item.slug)),
		}));
}
