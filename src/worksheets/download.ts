/** Saves text as a file through the browser's own download, without any server. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Let the download start before the address is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
