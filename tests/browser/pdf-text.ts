import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's pdftotext reads it, with all whitespace runs made single spaces. */
export function pdfText(pdf: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'cw-pdf-')), 'plan.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Where each text first appears in `text`, after the previous one; -1 when missing or out of order. */
export function positionsInOrder(text: string, parts: string[]): number[] {
	let from = 0;
	return parts.map((part) => {
		const at = text.indexOf(part, from);
		if (at >= 0) from = at + part.length;
		return at;
	});
}
