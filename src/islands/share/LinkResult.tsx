import type { ComponentChildren, Ref } from 'preact';
import { copyText } from '../common/copy-text';
import type { Translate } from '../../plan/i18n/translate';
import { useT } from '../common/words';

interface Props {
	id: string;
	link: string;
	label: string;
	inputRef?: Ref<HTMLInputElement>;
	/** Called with what copying did, for the status line; `copied` true when the link is on the clipboard. */
	onCopied: (copied: boolean) => void;
	/** Further ways to send the link (share sheet, e-mail), before "Copy link". */
	children?: ComponentChildren;
}

/** A made link, selected on focus, with "Copy link" and any other ways to send it. */
export function LinkResult({ id, link, label, inputRef, onCopied, children }: Props) {
	const t = useT();
	return (
		<div class="ws-share-link">
			<label for={id}>{label}</label>
			<input id={id} ref={inputRef} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
			<div class="ws-plan-buttons">
				{children}
				<button type="button" onClick={async () => onCopied(await copyText(link))}>
					{t('share.copy-link')}
				</button>
			</div>
		</div>
	);
}

/** The status line after "Copy link". */
export const copiedText = (t: Translate<'share'>, copied: boolean) => t(copied ? 'share.copied' : 'share.copy-refused');
