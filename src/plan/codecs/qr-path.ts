/**
 * QR codes of share links, for paper and for a phone held to the screen.
 *
 * A phone photographing a printed page sees it at roughly 150 dots per inch, where a module of
 * 0.24 mm is under 1.5 dots and does not read; so a printed code's size comes from its data: every
 * module at least `MIN_MODULE_MM`, the whole code (with its 4-module quiet zone) at most
 * `MAX_PRINT_MM` wide. Error correction M (15 % of the code may be lost) when the code still fits
 * with modules of 0.5 mm, otherwise L (7 %), which holds more.
 */

/** Smallest printed module, in millimetres: 2.4 dots at 150 dpi. */
export const MIN_MODULE_MM = 0.4;
/** Widest printed code, quiet zone included, in millimetres: room for a caption beside it on A4 and Letter. */
export const MAX_PRINT_MM = 80;
/** Largest printed module: bigger does not read better, it only takes paper. */
const MAX_MODULE_MM = 0.8;
/** Light modules round the code that readers need to find it (the standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrCode {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** The dark modules as one SVG path, a 1×1 square per module. */
	path: string;
	/** The error correction level used. */
	level: 'L' | 'M';
}

/** The part of qrcode-generator used here. */
type QrFactory = (
	typeNumber: 0,
	level: 'L' | 'M',
) => { addData(text: string, mode: 'Byte'): void; make(): void; getModuleCount(): number; isDark(row: number, col: number): boolean };

function make(text: string, level: 'L' | 'M', qrcode: QrFactory) {
	const qr = qrcode(0, level);
	qr.addData(text, 'Byte');
	try {
		qr.make();
		return qr;
	} catch {
		return null;
	}
}

/**
 * The dark modules of a QR code for `text`, or null when the text is longer than a QR code holds.
 * Drawn by us from the module grid, so nothing but geometry reaches the page.
 */
export async function qrPath(text: string): Promise<QrCode | null> {
	const { default: qrcode } = await import('qrcode-generator');
	const medium = make(text, 'M', qrcode);
	const roomy = medium && (medium.getModuleCount() + 2 * QUIET_ZONE) * 0.5 <= MAX_PRINT_MM;
	const qr = roomy ? medium : make(text, 'L', qrcode);
	if (!qr) return null;
	const size = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
	return { size, path, level: roomy ? 'M' : 'L' };
}

/**
 * How big to print a code of `size` modules: module and total width in millimetres (quiet zone
 * included), or null when even `MIN_MODULE_MM` modules would not fit in `MAX_PRINT_MM`.
 */
export function printedQrSize(size: number): { moduleMm: number; widthMm: number } | null {
	const modules = size + 2 * QUIET_ZONE;
	const moduleMm = Math.min(MAX_MODULE_MM, Math.floor((MAX_PRINT_MM / modules) * 100) / 100);
	if (moduleMm < MIN_MODULE_MM) return null;
	return { moduleMm, widthMm: Math.round(modules * moduleMm * 10) / 10 };
}
