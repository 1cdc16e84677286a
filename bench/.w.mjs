import { weighPage } from './weight.mjs';
for (const p of process.argv.slice(2)) { const w = await weighPage('dist', p); console.log(p, 'js gz', w.js.gzip, (w.js.gzip/1024).toFixed(2), 'KiB; inline', w.inlineJs.gzip); }
