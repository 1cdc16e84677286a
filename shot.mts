import { chromium } from 'playwright-core';
import { encodeSharePayload, encryptLinkData } from './src/plan/link/index.ts';
const data = await encryptLinkData(await encodeSharePayload({ worksheet: 'grow', context: { client: 'Robin', coach: 'Dana' } }), 'blue heron at dawn');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [theme, width] of [['light', 390], ['dark', 1024]] as const) {
  const c = await b.newContext({ viewport: { width, height: 844 }, colorScheme: theme, hasTouch: true });
  await c.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const p = await c.newPage();
  await p.goto('http://localhost:4400/worksheets/grow/#coach=' + data);
  await p.getByLabel('Passphrase', { exact: true }).fill('wrong one');
  await p.getByRole('button', { name: 'Unlock' }).click();
  await p.getByText('That passphrase does not open this link.').waitFor({ timeout: 30000 });
  await p.getByLabel('Show the passphrase').check();
  await p.screenshot({ path: `/tmp/prompt-${theme}-${width}.png` });
  await c.close();
}
await b.close();
