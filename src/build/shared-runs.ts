/** Lower-case words with punctuation stripped, so "Goal," and "goal" compare equal. */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * Finds runs of `length` or more consecutive words that `text` shares with any of `originals`.
 * Returns each shared run once, as the words of its first `length`-word window.
 */
export function sharedRuns(text: string, originals: string[], length = 12): string[] {
	const known = new Set<string>();
	for (const original of originals) {
		const w = words(original);
		for (let i = 0; i + length <= w.length; i++) known.add(w.slice(i, i + length).join(' '));
	}
	const w = words(text);
	const found: string[] = [];
	for (let i = 0; i + length <= w.length; i++) {
		const run = w.slice(i, i + length).join(' ');
		if (known.has(run) && !found.some((f) => f === run)) {
			found.push(run);
			i += length - 1;
		}
	}
	return found;
}
