import { h, hydrate, type ComponentType } from 'preact';

/**
 * Hydrates every island of this name on the page with the props the server wrote beside it and the words
 * file it names (see `src/components/Island.astro`), once `ready` has settled too, in a task of its own:
 * on a slow phone, hydrating inside the task that ran the page's modules made one long task of the two.
 * Called once by each island's mount module.
 */
export function mountIslands<P extends object>(name: string, component: ComponentType<P>, ready?: Promise<unknown>) {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const props: P = JSON.parse(root.nextElementSibling!.textContent!);
		void Promise.all([fetch(root.dataset.words!).then((response) => response.json()), ready]).then(([words]) =>
			setTimeout(() => hydrate(h(component, { ...props, words }), root)),
		);
	}
}
