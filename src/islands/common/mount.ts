import { h, hydrate, type ComponentType } from 'preact';

const fetchWords = (href: string): Promise<object> => fetch(href).then((response) => (response.ok ? response.json() : Promise.reject()));

/**
 * Hydrates every island of this name on the page with the props the server wrote beside it and the words
 * file it names (see `src/components/Island.astro`), once `ready` has settled too, in a task of its own:
 * on a slow phone, hydrating inside the task that ran the page's modules made one long task of the two.
 * Words that never arrive leave the server's form, which cannot save: the page shows the alert the server
 * wrote before the island for that case, rather than look as if it works.
 * Called once by each island's mount module.
 */
export function mountIslands<P extends object>(name: string, component: ComponentType<P>, ready?: Promise<unknown>) {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const props: P = JSON.parse(root.nextElementSibling!.textContent!);
		const href = root.dataset.words!;
		void Promise.all([
			// Tried twice, for a phone whose signal dropped for a moment.
			fetchWords(href).catch(() => fetchWords(href)),
			ready,
		]).then(
			([words]) => setTimeout(() => hydrate(h(component, { ...props, words }), root)),
			() => ((root.previousElementSibling as HTMLElement).hidden = false),
		);
	}
}
