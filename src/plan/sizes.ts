import type { Translate } from './i18n/translate';

/**
 * A number of bytes as a person reads it: the largest unit that keeps the number below 1,024, one
 * decimal below 10 and whole numbers above, so "10 GB" rather than "10245.4 MB".
 * Units are binary (1 KB = 1,024 bytes), as browsers report storage.
 * @example readableSize(5_662_310, t) // '5.4 MB'
 * @example readableSize(10_743_296_819, t) // '10 GB'
 */
export function readableSize(bytes: number, t: Translate<'export'>): string {
	if (!Number.isFinite(bytes) || bytes < 0) return t('export.size-unknown');
	if (bytes < 1024) return t('export.size-bytes', { count: bytes, size: figure(Math.round(bytes), t) });
	const units = ['kb', 'mb', 'gb', 'tb', 'pb'] as const;
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	let shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
	// Rounding may reach the next unit (1023.7 KB is "1 MB", not "1024 KB").
	if (shown >= 1024 && unit < units.length - 1) {
		shown = 1;
		unit += 1;
	}
	return t(`export.size-${units[unit]}`, { size: figure(shown, t) });
}

/**
 * A figure below 1,024 with at most one decimal, in the language's decimal sign, without `Intl`: a page's
 * first number format takes 25-70 ms here while the browser loads its number data, and My plans shows
 * sizes as it loads. Never grouped ("1023 KB"), as bundle sizes are not.
 */
const figure = (value: number, t: Translate<'export'>) => String(value).replace('.', t('export.decimal-sign'));
