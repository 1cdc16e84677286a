import { useEffect } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { PlanRecord } from '../../plan/record';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { openCoachLink, saveSharedCopy } from '../../store/plans';
import { PassphrasePrompt } from '../share/PassphrasePrompt';
import { useLink } from './use-link';

interface Props {
	definition: WorksheetDefinition;
	known: KnownWorksheets;
	/** Hands the worksheet a plan to show read-only (from a share link), or null to show the visitor's own. */
	onShared: (plan: PlanRecord | null) => void;
}

/**
 * What a link in the address brought, and what the visitor can do with it: a coach link starts the
 * client's plan, a share link shows a plan read-only until saved, a private link asks for its
 * passphrase, a bad link says what is wrong. Loaded after hydration: no link needs it sooner.
 */
export function OpenedLink({ definition, known, onShared }: Props) {
	const [link, clearLink, unlockLink] = useLink(definition.id, known);
	const shared =
		link.kind === 'shared' ? { ...link.plan, context: (link.context as Record<string, string> | undefined) ?? link.plan.context } : null;
	useEffect(() => {
		if (link.kind === 'coach') {
			openCoachLink(definition, link.context as Record<string, string>);
			clearLink();
		}
		onShared(shared);
	}, [link]);

	if (link.kind === 'loading') return <p class="ws-banner print:hidden">Opening the link…</p>;
	if (link.kind === 'locked')
		return (
			<PassphrasePrompt
				linkKind={link.linkKind}
				busy={link.busy}
				error={link.error}
				onUnlock={unlockLink}
				onCancel={clearLink}
				idPrefix={`ws-${definition.id}-`}
			/>
		);
	if (link.kind === 'error')
		return (
			<div class="ws-banner ws-banner-error print:hidden" role="alert">
				<p>{link.message}</p>
				<p>Your saved plans have not been changed.</p>
				<button type="button" onClick={clearLink}>
					Show my own plans
				</button>
			</div>
		);
	if (!shared) return null;
	return (
		<div class="ws-banner print:hidden" role="status">
			<p>
				<strong>A shared plan, read-only.</strong> It came inside the link you opened and is not saved on this device.
			</p>
			<div class="ws-plan-buttons">
				<button
					type="button"
					class="ws-primary"
					onClick={() => {
						saveSharedCopy(shared);
						clearLink();
					}}
				>
					Save a copy on this device
				</button>
				<button type="button" onClick={clearLink}>
					Close and show my own plans
				</button>
			</div>
		</div>
	);
}
