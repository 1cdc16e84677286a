import { describe, expect, it } from 'vitest';
import { MAX_PRINT_MM, MIN_MODULE_MM, printedQrSize, qrPath } from '../../../../src/plan/codecs/qr-path';

describe('a printed QR code', () => {
	it('is sized from its data: modules of at least 0.4 mm, never wider than the block', () => {
		for (let size = 21; size <= 177; size += 4) {
			const printed = printedQrSize(size)!;
			expect(printed.moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM);
			expect(printed.moduleMm).toBeLessThanOrEqual(0.8);
			expect(printed.widthMm).toBeLessThanOrEqual(MAX_PRINT_MM);
		}
		// The largest QR code (version 40) still fits with 0.4 mm modules; a bigger grid would not.
		expect(printedQrSize(177)!.moduleMm).toBeGreaterThanOrEqual(0.4);
		expect(printedQrSize(250)).toBeNull();
	});

	it('uses level M while the code stays roomy, L for longer links, and none past what a code holds', async () => {
		const short = await qrPath(`https://example.org/worksheets/grow/#plan=2.${'a'.repeat(400)}`);
		expect(short?.level).toBe('M');
		const long = await qrPath(`https://example.org/worksheets/grow/#plan=2.${'a'.repeat(2000)}`);
		expect(long?.level).toBe('L');
		expect(long!.size).toBeLessThanOrEqual(177);
		expect(await qrPath('a'.repeat(3000))).toBeNull();
	});

	it('draws one 1×1 square per dark module', async () => {
		const code = (await qrPath('hello'))!;
		expect(code.size).toBe(21);
		expect(code.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
	});
});
