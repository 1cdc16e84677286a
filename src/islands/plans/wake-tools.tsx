import { hydrate } from 'preact';
import type { Translate } from '../../plan/i18n/translate';
import { WordsContext } from '../common/words';
import { Tools, type ToolsProps } from './PlansTools';

/**
 * Hydrates the tools the server rendered in `root`: the markup is already in place, so nothing on the
 * page moves when their code arrives; they answer from then on.
 */
export function wakeTools(root: Element, t: Translate, props: ToolsProps) {
	hydrate(
		<WordsContext.Provider value={t}>
			<Tools {...props} />
		</WordsContext.Provider>,
		root,
	);
}
