/**
 * What a form needs to offer a passphrase before any link is made: the shortest one accepted and the
 * messages about it. Apart from `private.ts` so that a form's first download holds no crypto or encoding.
 */
import type { Translate } from '../i18n/translate';

/** Shortest passphrase accepted when making a private link. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Messages for the visitor, one per way opening a private link can fail, in the words of `t`. */
export const privateMessages = (t: Translate<'link'>) => ({
	wrongPassphrase: t('link.wrong-passphrase'),
	damaged: t('link.damaged'),
	tooShort: t('link.passphrase-too-short', { min: MIN_PASSPHRASE_LENGTH }),
	noCrypto: t('link.no-crypto'),
});
