import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const runs = Number(process.argv[2] ?? 20);
let bad = 0;
for (let i = 0; i < runs; i++) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors = [];
	page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
	page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
	await page.goto('http://127.0.0.1:4399/worksheets/grow/');
	await page.evaluate(() => { localStorage.setItem('cw:plan:damaged', '{"format":1,"id":"dam'); localStorage.setItem('cw:active:grow', 'damaged'); });
	await page.reload();
	await page.locator('.worksheet[data-ready="true"]').first().waitFor();
	await page.waitForTimeout(300);
	if (errors.length) { bad++; console.log(i, errors); }
	await context.close();
}
console.log('bad', bad, 'of', runs);
await browser.close();
