import { atom } from 'nanostores';

/**
 * Plans whose share panel is in protected mode ("Protect with a passphrase" ticked), by plan id, so
 * every way out of the worksheet page agrees (the printed QR code is left out while it is on). Kept
 * in memory only, like the passphrase itself; a plan from a private coach link starts protected.
 */
export const $protectedPlans = atom<ReadonlySet<string>>(new Set());

export function setPlanProtected(planId: string, on: boolean) {
	const current = $protectedPlans.get();
	if (current.has(planId) === on) return;
	const next = new Set(current);
	if (on) next.add(planId);
	else next.delete(planId);
	$protectedPlans.set(next);
}
