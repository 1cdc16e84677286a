/**
 * Prefixes root-absolute `href`s in built HTML with the site's base, so writers can link pages as
 * `/grow/goal/` in Markdown and the site still works under a sub-path. Links that already start
 * with the base (Starlight's own) are left alone.
 */
export function addBaseToLinks(html: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	if (!prefix) return html;
	return html.replace(/href="(\/(?!\/)[^"]*)"/g, (match, path: string) =>
		path === prefix || path.startsWith(`${prefix}/`) ? match : `href="${prefix}${path}"`,
	);
}
