import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dir = '/tmp/dist-sm/_astro/';
const name = process.argv[2];
const file = readdirSync(dir).find((f) => f.startsWith(name + '.') && f.endsWith('.js'));
const code = readFileSync(dir + file, 'utf8');
const map = JSON.parse(readFileSync(dir + file + '.map', 'utf8'));
// decode VLQ mappings to attribute each generated char range to a source
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(str) { const out=[]; let v=0, s=0; for (const c of str) { let d=B64.indexOf(c); const cont=d&32; d&=31; v+=d<<s; if (cont) s+=5; else { out.push(v&1? -(v>>1): v>>1); v=0; s=0; } } return out; }
const lines = code.split('\n'); const bySrc = {}; let src=0;
map.mappings.split(';').forEach((line, li) => { let col=0; const segs=line.split(',').filter(Boolean).map(vlq); const pts=[];
  for (const seg of segs) { col+=seg[0]; if (seg.length>1) { src+=seg[1]; } pts.push([col, seg.length>1?src:-1]); if (seg.length>=4) {} }
  // need to track line/col deltas of sources too for correctness of src accumulation
  for (let i=0;i<pts.length;i++){ const end = i+1<pts.length?pts[i+1][0]:lines[li].length; const s=pts[i][1]; const k=s<0?'?':map.sources[s]; bySrc[k]=(bySrc[k]||'')+lines[li].slice(pts[i][0],end); } });
const rows = Object.entries(bySrc).map(([k,v])=>[gzipSync(v,{level:9}).length, v.length, k.replace(/.*node_modules\//,'nm/').replace(/.*\/src\//,'src/')]).sort((a,b)=>b[0]-a[0]);
for (const r of rows) console.log(r.join('\t'));
