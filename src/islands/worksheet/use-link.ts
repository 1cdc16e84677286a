import { useEffect, useState } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { CoachContext } from '../../plan/link';
import type { PlanRecord } from '../../plan/record';

/** What the page's address fragment brought. */
export type LinkState =
	| { kind: 'none' }
	| { kind: 'loading' }
	| { kind: 'shared'; plan: PlanRecord; context?: CoachContext }
	| { kind: 'coach'; context: CoachContext }
	| { kind: 'error'; message: string };

/**
 * Reads a share link (`#plan=…`) or coach link (`#coach=…`) from the address once the page has
 * hydrated, and again when the fragment changes. The fragment never reaches a server.
 */
export function useLink(worksheetId: string, known: KnownWorksheets): [LinkState, () => void] {
	const [state, setState] = useState<LinkState>({ kind: 'none' });
	useEffect(() => {
		const read = async () => {
			const { readFragment, decodeSharePayload } = await import('../../plan/link');
			const fragment = readFragment(location.hash);
			if (!fragment) return setState({ kind: 'none' });
			setState({ kind: 'loading' });
			const result = await decodeSharePayload(fragment.data, known, fragment.kind);
			if (!result.ok) return setState({ kind: 'error', message: result.message });
			const { plan, context, worksheet } = result.payload;
			if (worksheet !== worksheetId)
				return setState({ kind: 'error', message: `This link is for another worksheet (“${worksheet}”). Open it from the page it was made on.` });
			setState(plan ? { kind: 'shared', plan, context } : { kind: 'coach', context: context ?? {} });
		};
		read();
		addEventListener('hashchange', read);
		return () => removeEventListener('hashchange', read);
	}, [worksheetId]);
	// Leaves the link behind once it has been used, so a reload shows the visitor's own plan.
	const clear = () => {
		history.replaceState(null, '', location.pathname + location.search);
		setState({ kind: 'none' });
	};
	return [state, clear];
}
