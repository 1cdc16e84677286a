/**
 * The dark modules of a QR code for `text` as one SVG path (a 1×1 square per module), or null when
 * the text is longer than a QR code holds. Drawn by us from the module grid, so nothing but
 * geometry reaches the page.
 */
export async function qrPath(text: string): Promise<{ size: number; path: string } | null> {
	const { default: qrcode } = await import('qrcode-generator');
	const qr = qrcode(0, 'L');
	qr.addData(text, 'Byte');
	try {
		qr.make();
	} catch {
		return null;
	}
	const size = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
	return { size, path };
}
