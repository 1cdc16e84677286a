/**
 * One `Intl.DateTimeFormat` per locale and options, made when first asked for and kept: building a
 * formatter costs far more than using one (`toLocaleDateString` builds one per call), and a page's
 * first formatter 30-50 ms more while the browser loads its calendar data.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}
