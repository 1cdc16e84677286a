import type { ComponentType } from 'preact';
import { plansReady } from '../../store/plans';
import { mountIslands } from './mount';

/**
 * Hydrates the islands of this name once the plan stores have read this browser's storage (at once
 * when it keeps no plan), in a task after the one that ran the page's modules: on a slow phone the two
 * together made one long task. (Apart from `mount.ts` so that islands without plans do not load the store.)
 */
export function mountAfterPlans<P extends object>(name: string, component: ComponentType<P>) {
	void plansReady.then(() => setTimeout(() => mountIslands(name, component)));
}
