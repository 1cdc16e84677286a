import { chromium } from 'playwright-core';
import { encodeSharePayload } from './src/plan/link/index.ts';
const data = await encodeSharePayload({ worksheet: 'grow', context: { client: 'Robin', coach: 'Dana', focus: 'Confidence in meetings', returnBy: '2026-12-10', note: 'Ten minutes is plenty. Answer what you can, skip the rest.' } });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [theme, width] of [['light', 390], ['dark', 1280], ['light', 1280]] as const) {
  const c = await b.newContext({ viewport: { width, height: 844 }, colorScheme: theme });
  await c.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const p = await c.newPage();
  await p.goto('http://localhost:4400/worksheets/grow/#coach=' + data);
  await p.locator('.ws-coach-arrival').waitFor();
  await p.locator('.ws-coach-arrival').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/arrival-${theme}-${width}.png` });
  const y = await p.locator('.ws-coach-arrival').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  console.log(theme, width, 'arrival at y=', y);
  await c.close();
}
await b.close();
