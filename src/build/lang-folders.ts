import { TRANSLATED_LANGS } from '../plan/i18n/languages';

/** `{es,_}` for a content glob: the folders that hold other languages' texts (`_` keeps the braces a set when there is one). */
export const langFolders = `{${[...TRANSLATED_LANGS, '_'].join(',')}}`;
