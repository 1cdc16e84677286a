/** Prefixes a root-absolute path with the site's base, so links work under a sub-path host. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	return `${base.replace(/\/$/, '')}${path}`;
}
