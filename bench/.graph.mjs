import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
await init;
const out = process.argv[3] ?? 'dist';
const page = process.argv[2];
const html = readFileSync(`${out}${page}index.html`, 'utf8');
const refs = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]*\.js)"/g)].map((m) => m[1]);
const seen = new Map();
const walk = (p) => {
  if (seen.has(p)) return;
  const src = readFileSync(out + p, 'utf8');
  seen.set(p, gzipSync(src, { level: 9 }).length);
  for (const i of parse(src)[0]) if (i.d === -1 && i.n) walk(new URL(i.n, 'http://x' + p).pathname);
};
refs.forEach((r) => walk(r));
for (const [p, s] of [...seen].sort((a, b) => b[1] - a[1])) console.log(s, p);
