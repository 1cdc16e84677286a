import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, worksheetReady } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

interface Raster {
	width: number;
	height: number;
	/** RGB of the pixel at (x, y). */
	at(x: number, y: number): [number, number, number];
}

/** Every page of a PDF as poppler's pdftoppm draws it at 50 dpi (binary PPM: a short header, then RGB bytes). */
function rasterise(pdf: Buffer): Raster[] {
	const dir = mkdtempSync(join(tmpdir(), 'cw-print-'));
	writeFileSync(join(dir, 'page.pdf'), pdf);
	execFileSync('pdftoppm', ['-r', '50', join(dir, 'page.pdf'), join(dir, 'page')]);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.ppm'))
		.sort()
		.map((name) => {
			const bytes = readFileSync(join(dir, name));
			const header = bytes.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
			if (!header) throw new Error(`${name} is not a binary PPM`);
			const [width, height] = [Number(header[1]), Number(header[2])];
			const start = header[0].length;
			return {
				width,
				height,
				at: (x, y) => {
					const i = start + (y * width + x) * 3;
					return [bytes[i], bytes[i + 1], bytes[i + 2]];
				},
			};
		});
}

/** The four corners, 2 px in: the page margin, where a dark screen theme would show as a frame. */
const corners = (page: Raster) => [
	page.at(2, 2),
	page.at(page.width - 3, 2),
	page.at(2, page.height - 3),
	page.at(page.width - 3, page.height - 3),
];

describe('printing from the dark theme with background graphics on', () => {
	for (const path of ['/grow/', '/worksheets/grow/'])
		it(`${path} prints on white paper, with no dark frame`, async () => {
			const context = await browser.newContext({ serviceWorkers: 'block', colorScheme: 'dark' });
			await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
			const { page, watch } = await openPage(context, path);
			if (path.startsWith('/worksheets/')) await worksheetReady(page);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

			const pages = rasterise(await page.pdf({ format: 'A4', printBackground: true }));
			expect(pages.length).toBeGreaterThan(0);
			for (const [index, sheet] of pages.entries())
				for (const [r, g, b] of corners(sheet)) expect([r, g, b], `page ${index + 1} of ${path}`).toEqual([255, 255, 255]);
			expect(watch.errors).toEqual([]);
			await context.close();
		});
});
