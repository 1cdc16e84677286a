/** The ids of the `<Dialogue id="…" />` tags in an MDX text, in page order: which page shows which dialogue. */
export function dialogueIdsIn(mdx: string): string[] {
	return [...mdx.matchAll(/<Dialogue\s+id="([^"]+)"\s*\/>/g)].map((match) => match[1]);
}
