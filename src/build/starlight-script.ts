/** True for the id of a `<script>` of Starlight's `component` (e.g. `Search.astro`), as Vite names it. */
export function isStarlightScript(id: string, component: string) {
	return id.includes('/@astrojs/starlight/') && id.includes(`/${component}?`) && id.includes('type=script');
}
