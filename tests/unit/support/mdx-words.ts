/**
 * The words a reader reads in an MDX page: its body without frontmatter, imports, component tags,
 * HTML comments, link targets and Markdown markup. Text inside a component (an Aside's prose) counts.
 */
export function mainText(mdx: string): string {
	return mdx
		.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#*_`|>~]+/g, ' ')
		.replace(/^\s*[-+]\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Number of words in a page's main text (runs of letters or digits, with inner apostrophes and hyphens). */
export function wordCount(mdx: string): number {
	return mainText(mdx).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The median of a list of numbers; 0 for an empty list. */
export function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
