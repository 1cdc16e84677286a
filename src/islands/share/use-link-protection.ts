import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH, privateMessages } from '../../plan/link/passphrase';
import { useT } from '../common/words';

/**
 * The "Protect with a passphrase" choice of any form that makes a link (share tools, coach form):
 * its state, the length check, and the sealing. The passphrase is used once and then forgotten.
 */
export function useLinkProtection(protectedAtFirst = false) {
	const t = useT();
	const [protect, setProtect] = useState(protectedAtFirst);
	const [passphrase, setPassphrase] = useState('');
	const [error, setError] = useState<string | undefined>();

	/** Whether a link can be made now; when the passphrase is too short, says so under it. */
	const ready = () => {
		const problem = protect && passphrase.length < MIN_PASSPHRASE_LENGTH ? privateMessages(t).tooShort : undefined;
		setError(problem);
		return !problem;
	};

	/** The link data, sealed with the passphrase when protection is on. */
	const seal = async (data: string) => {
		if (!protect) return data;
		const { encryptLinkData } = await import('../../plan/link');
		const sealed = await encryptLinkData(data, passphrase);
		setPassphrase('');
		return sealed;
	};

	/** What `ProtectOption` shows and changes. */
	const option = {
		protect,
		passphrase,
		error,
		onProtect: (on: boolean) => {
			setProtect(on);
			if (!on) setPassphrase('');
			setError(undefined);
		},
		onPassphrase: setPassphrase,
	};
	return { protect, ready, seal, option };
}
