/**
 * Stands in for `@pagefind/default-ui` in Starlight's search script (see `src/build/search-on-open.ts`).
 * Starlight builds pagefind's search box on every page once the browser is idle: 26 KB gzip of
 * script and, in Lighthouse's run of a worksheet page, a 170-200 ms task on a slow phone for a search
 * most visitors never open. Here it is built when the visitor opens search, or reaches for its button,
 * with the options Starlight gives; the search field takes the focus once it is there.
 */
export class PagefindUI {
	constructor(options: { element: string }) {
		const search = document.querySelector('site-search');
		const dialog = search?.querySelector('dialog');
		if (!search || !dialog) return;
		let started = false;
		const build = () => {
			if (started) return;
			started = true;
			watcher.disconnect();
			// @ts-expect-error: pagefind's UI ships without types.
			import('@pagefind/default-ui').then(({ PagefindUI: Real }) => {
				new Real(options);
				if (dialog.open) dialog.querySelector('input')?.focus();
			});
		};
		const watcher = new MutationObserver(() => dialog.open && build());
		watcher.observe(dialog, { attributes: true, attributeFilter: ['open'] });
		// Opened before this ran (a click or Ctrl+K before DOMContentLoaded): build now.
		if (dialog.open) build();
		// A pointer on the button or the focus on it: search is probably wanted, start fetching.
		const button = search.querySelector('button[data-open-modal]');
		button?.addEventListener('pointerenter', build, { once: true });
		button?.addEventListener('focus', build, { once: true });
	}
}
