import { options, type Component, type VNode } from 'preact';
import { useState } from 'preact/hooks';

/*
 * Hydration in turns. A long form hydrated in one go is one long task, and on a slow phone nothing
 * answers a tap until it ends (issue 21: the worksheet's hydration took 150-250 ms at 4x slowdown).
 * Each part wrapped in `InTurn` hydrates in a task of its own instead, in page order.
 *
 * While a part waits, Preact keeps its server HTML: a component that throws a promise while hydrating
 * is set aside with its element, and hydrated when it renders again (the mechanism compat's Suspense
 * uses). The hook below is the small part of Suspense this needs: it renders a waiting part again when
 * its turn comes. `__e` is Preact's `options._catchError` under the short name its builds use.
 */

interface Turn {
	came: boolean;
	then: (run: () => void) => void;
}

const turns = new WeakSet<object>();
let queue = Promise.resolve();

/** A turn that comes in a task of its own, after every turn taken before it. */
export function takeTurn(): Turn {
	const turn: Turn = { came: false, then: (run) => void came.then(run) };
	const came = (queue = queue.then(() => new Promise((resolve) => setTimeout(resolve))).then(() => void (turn.came = true)));
	turns.add(turn);
	return turn;
}

type CatchError = (error: unknown, vnode: { __c: Component }, ...rest: unknown[]) => void;
const hooks = options as typeof options & { __e: CatchError };
const caught = hooks.__e;
hooks.__e = (error, vnode, ...rest) => (turns.has(error as object) ? (error as Turn).then(() => vnode.__c.forceUpdate()) : caught(error, vnode, ...rest));

/**
 * Hydrates its one element in a later task when `hydrating`; otherwise renders it at once. Its props
 * must stay as the server rendered them until a turn taken after it comes: a part hydrates with the
 * props it has then, and hydration does not correct attributes or values the server wrote otherwise.
 */
export function InTurn({ hydrating, children }: { hydrating: boolean; children: VNode }) {
	const [turn] = useState(() => (hydrating && !import.meta.env.SSR ? takeTurn() : null));
	if (turn && !turn.came) throw turn;
	return children;
}
