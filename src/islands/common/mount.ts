import { h, hydrate, type ComponentType } from 'preact';

/**
 * Hydrates every island of this name on the page with the props the server wrote beside it (see
 * `src/components/Island.astro`, which types them against the component). Called once by each
 * island's mount module. Each island hydrates in a task of its own, not in the one that evaluated
 * the page's modules: on a slow phone the two together made one long task.
 */
export function mountIslands<P extends object>(name: string, component: ComponentType<P>) {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		setTimeout(() => hydrate(h(component, JSON.parse(root.nextElementSibling?.textContent ?? '{}') as P), root));
	}
}
