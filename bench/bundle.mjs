// Chromium: the "Move to another device" bundle for 500 and 5,000 stored plans: its size, the time to
// make it (click to download, PBKDF2 included) and to restore it on an empty device (passphrase to
// preview, then restore to "added N"). Prints figures, asserts nothing.
//
// On its own against an existing build: `npx node bench/bundle.mjs [dist]`.
import { fileURLToPath } from 'node:url';
import { manyPlans } from './plans.mjs';

const PASS = 'bench passphrase';

/** Size (bytes) and milliseconds to make, open and restore a bundle of `count` plans. */
export async function bundleFigures(browser, origin, count) {
	const entries = manyPlans(count);
	const a = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
	const b = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await a.newPage();
		await page.goto(`${origin}/404.html`);
		await page.evaluate((all) => {
			for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
		}, entries);
		await page.goto(`${origin}/plans/`);
		await page.locator('.plans-list[data-ready="true"]').waitFor({ timeout: 120_000 });
		await page.locator('#plans-move-pass').fill(PASS);
		const started = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.getByRole('button', { name: 'Make the protected file' }).click(),
		]);
		const make = Date.now() - started;
		const path = await download.path();
		const { statSync, readFileSync } = await import('node:fs');
		const bytes = statSync(path).size;
		const plain = Object.values(entries).reduce((sum, text) => sum + text.length, 0);

		const other = await b.newPage();
		await other.goto(`${origin}/plans/`);
		await other.locator('.plans-list[data-ready="true"]').waitFor();
		await other.locator('#plans-file').setInputFiles({ name: 'bench.cwbundle.json', mimeType: 'application/json', buffer: readFileSync(path) });
		await other.locator('#plans-bundle-pass').fill(PASS);
		const opening = Date.now();
		await other.getByRole('button', { name: 'Open', exact: true }).click();
		await other.locator('[data-bundle-summary]').waitFor({ timeout: 120_000 });
		const open = Date.now() - opening;
		const restoring = Date.now();
		await other.getByRole('button', { name: 'Restore on this device' }).click();
		await other.locator('[data-bundle-outcome]').waitFor({ timeout: 300_000 });
		const restore = Date.now() - restoring;
		const outcome = await other.locator('[data-bundle-outcome]').textContent();
		return { count, bytes, plain, make, open, restore, outcome };
	} finally {
		await a.close();
		await b.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { serve } = await import('./serve.mjs');
	const { launchBrowser } = await import('./browser.mjs');
	const root = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
	const server = await serve(root);
	const browser = await launchBrowser();
	try {
		for (const count of [500, 5000]) {
			const f = await bundleFigures(browser, server.origin, count);
			console.log(
				`${count} plans: stored ${(f.plain / 1024).toFixed(0)} KiB, bundle ${(f.bytes / 1024).toFixed(0)} KiB; make ${f.make} ms, open (passphrase to preview) ${f.open} ms, restore ${f.restore} ms (${f.outcome})`,
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}
