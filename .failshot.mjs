import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const [scheme, w] of [['dark', 390], ['light', 1280]]) {
	const context = await browser.newContext({ serviceWorkers: 'block', colorScheme: scheme, viewport: { width: w, height: 900 } });
	const page = await context.newPage();
	await page.route(/\/words\//, (r) => r.abort());
	await page.goto('http://127.0.0.1:4399/es/worksheets/grow/');
	await page.locator('.island-failed:not([hidden])').waitFor();
	await page.locator('.island-failed').scrollIntoViewIfNeeded();
	await page.screenshot({ path: `/tmp/fail-${scheme}-${w}.png` });
	await context.close();
}
await browser.close();
