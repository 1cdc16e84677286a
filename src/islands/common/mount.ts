import { h, hydrate, type ComponentType } from 'preact';

/**
 * Hydrates every island of this name on the page with the props the server wrote beside it (see
 * `src/components/Island.astro`, which types them against the component). Called once by each
 * island's mount module.
 */
export function mountIslands<P extends object>(name: string, component: ComponentType<P>) {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const props: P = JSON.parse(root.nextElementSibling?.textContent ?? '{}');
		hydrate(h(component, props), root);
	}
}
