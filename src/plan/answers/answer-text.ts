/**
 * Plain text for an answer whose field is no longer on the worksheet, so it can still be read and
 * printed without knowing its kind: text as is, lists one per line, objects as "key: value".
 */
export function answerText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join('\n');
	if (typeof value === 'object')
		return Object.entries(value as Record<string, unknown>)
			.map(([key, inner]) => [key, answerText(inner)])
			.filter(([, text]) => text)
			.map(([key, text]) => `${key}: ${text}`)
			.join('\n');
	return '';
}
