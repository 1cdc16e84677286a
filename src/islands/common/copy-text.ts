/** Copies text through the browser's clipboard; false when the browser refused (the caller says so). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
