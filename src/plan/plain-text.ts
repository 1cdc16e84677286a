/**
 * The words of inline Markdown as a reader sees them, without its marks (`*emphasis*`, `**strong**`,
 * `[text](/path/)`): what a rendered dialogue turn shows, and what a drill quotes of it.
 */
export function plainText(text: string): string {
	return text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*+/g, '');
}
