import { RECORD_LIMITS } from '../record-limits';

/**
 * Plain text for an answer whose field is no longer on the worksheet, so it can still be read and
 * printed without knowing its kind: text as is, lists one per line, objects as "key: value".
 */
export function answerText(value: unknown, depth = 0): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	// Records are bounded at the door (`record-limits.ts`); the bound here keeps a stray value from exhausting the stack.
	if (depth > RECORD_LIMITS.depth) return '';
	if (Array.isArray(value)) return value.map((inner) => answerText(inner, depth + 1)).filter(Boolean).join('\n');
	if (typeof value === 'object')
		return Object.entries(value as Record<string, unknown>)
			.map(([key, inner]) => [key, answerText(inner, depth + 1)])
			.filter(([, text]) => text)
			.map(([key, text]) => `${key}: ${text}`)
			.join('\n');
	return '';
}
