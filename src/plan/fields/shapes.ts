// Shape checks and text helpers that several field kinds share.
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** Written entries as a bulleted list, one per line. */
export const bullets = (items: string[]): string => items.filter((item) => item.trim()).map((item) => `- ${item}`).join('\n');
