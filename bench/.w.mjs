import { weighPage } from './weight.mjs';
const dir = process.argv[2];
for (const p of process.argv.slice(3)) { const w = await weighPage(dir, p); console.log(p, 'js gz', w.js.gzip, (w.js.gzip/1024).toFixed(2), 'KiB; inline', w.inlineJs.gzip); }
