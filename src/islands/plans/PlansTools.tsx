import { useEffect, useState } from 'preact/hooks';
import type { Words } from '../../plan/i18n/translate';
import { useTranslator, WordsContext } from '../common/words';
import { InTurn, takeTurn } from '../common/in-turn';
import { KeepAll } from './KeepAll';
import { MovePlans } from './MovePlans';
import { PlanFileImport } from './PlanFileImport';
import { PlanLinkOpener } from './PlanLinkOpener';
import { QuarantineList } from './QuarantineList';
import type { PLANS_WORDS } from './plans-words';

export interface ToolsProps {
	/** Every worksheet by id, as the list gets them (file and link import name them, salvage reads their fields). */
	worksheets: Parameters<typeof PlanFileImport>[0]['worksheets'] & Parameters<typeof QuarantineList>[0]['worksheets'];
	/** Called once the tools answer (their code has hydrated them). */
	onAwake?: () => void;
}

/**
 * My plans' tools under the list: storage health and one file of every plan, moving plans to another device, opening a plan file or link, and
 * damaged plans kept aside. Most visits use none of them, so the page renders them on the server
 * with no code, and the list wakes them once it has hydrated (see `wakeTools`).
 */
export function Tools({ worksheets, onAwake }: ToolsProps) {
	// Disabled as the server renders them, so nothing picked, pasted or sent reaches markup without its
	// code (a form would even submit the page); enabled once hydrated.
	// Each tool hydrates in a task of its own (see InTurn): together they were one long task on a slow
	// phone. Awake once the last has. The damaged plans' list renders nothing on the server: it has no
	// element to wait with, and nothing to hydrate.
	const [awake, setAwake] = useState(false);
	useEffect(
		() =>
			takeTurn().then(() => {
				setAwake(true);
				onAwake?.();
			}),
		[],
	);
	return (
		<fieldset class="plans-tools-set" role="none" disabled={!awake}>
			<InTurn hydrating={!awake}>
				<KeepAll />
			</InTurn>
			<InTurn hydrating={!awake}>
				<MovePlans />
			</InTurn>
			<InTurn hydrating={!awake}>
				<PlanFileImport worksheets={worksheets} />
			</InTurn>
			<InTurn hydrating={!awake}>
				<PlanLinkOpener worksheets={worksheets} />
			</InTurn>
			<QuarantineList worksheets={worksheets} />
		</fieldset>
	);
}

/** The server's render of the tools, in the page's words (plans.astro places it in `#plans-tools`). */
export default function PlansTools({ words, ...props }: ToolsProps & { words: Words<(typeof PLANS_WORDS)[number] | 'common'> }) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<Tools {...props} />
		</WordsContext.Provider>
	);
}
