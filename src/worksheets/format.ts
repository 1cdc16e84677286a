/** `2026-11-24` → `24 November 2026`; anything else is returned as it is. */
export function formatDate(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return value;
	const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
	// 2026-02-30 would roll over to March: show what was typed rather than another day.
	if (date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3]) return value;
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
