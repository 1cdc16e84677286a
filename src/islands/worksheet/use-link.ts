import { useEffect, useState } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { CoachContext, LinkKind } from '../../plan/link';
import type { PlanRecord } from '../../plan/record';
import { useT } from '../common/words';

/** What the page's address fragment brought. */
export type LinkState =
	| { kind: 'none' }
	| { kind: 'loading' }
	| { kind: 'shared'; plan: PlanRecord; context?: CoachContext }
	/** A coach link, not yet started; `privateLink` when it came protected with a passphrase. */
	| { kind: 'coach'; context: CoachContext; privateLink: boolean }
	/** A private link waiting for its passphrase; `error` says why the last try failed. */
	| { kind: 'locked'; linkKind: LinkKind; busy?: boolean; error?: string }
	| { kind: 'error'; message: string };

/**
 * Reads a share link (`#plan=…`) or coach link (`#coach=…`) from the address once the page has
 * hydrated, and again when the fragment changes. The fragment never reaches a server. A private
 * link waits in `locked` until `unlock` is given its passphrase; the passphrase is used once and
 * kept nowhere, and what it decrypts lives in this state only, until the visitor saves a copy.
 */
export function useLink(
	worksheetId: string,
	known: KnownWorksheets,
): [LinkState, () => void, (passphrase: string) => Promise<void>] {
	const t = useT();
	const [state, setState] = useState<LinkState>({ kind: 'none' });

	const open = async (data: string, kind: LinkKind, privateLink = false) => {
		const { decodeSharePayload } = await import('../../plan/link');
		const result = await decodeSharePayload(data, known, t, kind);
		if (!result.ok) return setState({ kind: 'error', message: result.message });
		const { plan, context, worksheet } = result.payload;
		if (worksheet !== worksheetId)
			return setState({ kind: 'error', message: t('worksheet.link-other-worksheet', { worksheet }) });
		setState(plan ? { kind: 'shared', plan, context } : { kind: 'coach', context: context ?? {}, privateLink });
	};

	useEffect(() => {
		const read = async () => {
			const { readFragment, isPrivateLinkData } = await import('../../plan/link');
			const fragment = readFragment(location.hash);
			if (!fragment) return setState({ kind: 'none' });
			if (isPrivateLinkData(fragment.data)) return setState({ kind: 'locked', linkKind: fragment.kind });
			setState({ kind: 'loading' });
			await open(fragment.data, fragment.kind);
		};
		read();
		addEventListener('hashchange', read);
		return () => removeEventListener('hashchange', read);
	}, [worksheetId]);

	const unlock = async (passphrase: string) => {
		const { readFragment, decryptLinkData } = await import('../../plan/link');
		const fragment = readFragment(location.hash);
		if (!fragment) return setState({ kind: 'none' });
		setState({ kind: 'locked', linkKind: fragment.kind, busy: true });
		const result = await decryptLinkData(fragment.data, passphrase, t);
		if (result.ok) return open(result.linkData, fragment.kind, true);
		if (result.reason === 'wrong-passphrase') return setState({ kind: 'locked', linkKind: fragment.kind, error: result.message });
		setState({ kind: 'error', message: result.message });
	};

	// Leaves the link behind once it has been used, so a reload shows the visitor's own plan.
	const clear = () => {
		history.replaceState(null, '', location.pathname + location.search);
		setState({ kind: 'none' });
	};
	return [state, clear, unlock];
}
