// Share-link figures: link length for a fully filled GROW plan and for the largest worksheet filled
// with about 2,000 words of realistic text, and encode/decode times. The codec is bundled from
// src/plan/link/index.ts with esbuild, so the bench measures the same code the site ships.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

// Common English words; sentences are drawn from them with a seeded generator, so the text is as
// varied (and as hard to compress) as real writing rather than a repeated paragraph.
const WORDS = (
	'the a to and of in my I for with on at be this that it we will by when more about after before ' +
	'team meeting manager goal week month plan time work project client feedback progress ready first ' +
	'next every small clear point idea question notes calendar morning evening friday monday budget ' +
	'report draft review call email colleague mentor support help worry stress energy focus habit ' +
	'practice speak listen write read finish start try keep stop ask share prepare book check track ' +
	'measure improve learn change decide choose agree plan notice feel think want need could should ' +
	'three two ten twenty minutes hours days weeks better calmer faster sooner often rarely always ' +
	'usually honest open difficult easy simple important useful realistic specific visible steady'
).split(' ');

/** A deterministic generator (mulberry32), so every run measures the same text. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** About `words` words in sentences of 6 to 16 words. */
function prose(words, seed = 0) {
	const next = random(seed + 1);
	const out = [];
	while (out.length < words) {
		const length = 6 + Math.floor(next() * 11);
		const sentence = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
		sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
		out.push(...sentence.slice(0, -1), `${sentence[length - 1]}.`);
	}
	return out.slice(0, words).join(' ');
}

/** An answer of the right shape for every field kind, about `words` words of text in each text slot. */
function answerFor(field, words, i) {
	const text = () => prose(words, i);
	switch (field.kind) {
		case 'short-text':
			return prose(Math.min(words, 12), i);
		case 'long-text':
			return text();
		case 'list':
			return [prose(10, i), prose(10, i + 1), prose(10, i + 2)];
		case 'scale':
			return 7;
		case 'date':
			return '2027-01-15';
		case 'choice':
			return field.options[0];
		case 'checklist':
			return field.options.slice(0, 2);
		case 'actions':
			return [0, 1, 2].map((n) => ({ what: prose(12, i + n), by: '2027-02-0' + (n + 1), support: 'My manager', done: n === 0 }));
		case 'smart':
			return { goal: text(), specific: prose(12, i), measurable: prose(12, i + 1), achievable: prose(12, i + 2), relevant: prose(12, i + 3), timeBound: 'By 31 March 2027' };
		case 'reviews':
			return [0, 1, 2].map((n) => ({
				id: `round${n}`,
				date: `2026-1${n}-0${n + 1}`,
				happened: text(),
				evaluation: prose(words / 2, i + n),
				adjustments: prose(words / 2, i + n + 1),
				answers: Object.fromEntries(field.fields.map((inner, k) => [inner.id, answerFor(inner, words / 2, i + k)])),
			}));
	}
}

const countWords = (value) => JSON.stringify(value).split(/\s+/).length;
const fields = (sheet) => sheet.sections.flatMap((section) => section.fields);
/** Text slots a worksheet asks for, counting each review round's fields three times. */
const slots = (sheet) => fields(sheet).reduce((n, f) => n + (f.kind === 'reviews' ? 3 * (3 + f.fields.length) : 1), 0);

function planOf(id, sheet, wordsPerSlot) {
	const now = '2026-11-24T10:00:00.000Z';
	return {
		format: 1,
		id: 'benchplan',
		worksheet: id,
		worksheetVersion: sheet.version,
		title: 'Calmer Monday meetings',
		person: 'Sam Rivera',
		date: '2026-11-24',
		created: now,
		updated: now,
		answers: Object.fromEntries(fields(sheet).map((field, i) => [field.id, answerFor(field, wordsPerSlot, i)])),
		edited: {},
	};
}

async function loadCodec(project) {
	const dir = mkdtempSync(join(tmpdir(), 'cw-bench-codec-'));
	const outfile = join(dir, 'share-link.mjs');
	// The codec and the translator its messages need (decoding words its refusals).
	const contents = "export * from './src/plan/link/index.ts'; export { translator } from './src/plan/i18n/translate.ts';";
	await build({ stdin: { contents, resolveDir: project, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
	const codec = await import(pathToFileURL(outfile).href);
	rmSync(dir, { recursive: true, force: true });
	const english = JSON.parse(readFileSync(join(project, 'content/i18n/en.json'), 'utf8'));
	return { ...codec, t: codec.translator(english, english.common.locale) };
}

async function timeMs(fn, runs) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return times;
}

/**
 * Rows of [plan, words, link characters, encode ms (median), decode ms (median)] for the fully
 * filled GROW plan and the largest worksheet with about 2,000 words.
 */
export async function shareLinkFigures(project, runs = 25) {
	const codec = await loadCodec(project);
	const dir = join(project, 'content/worksheets');
	const sheets = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8'))]));
	const known = Object.fromEntries(Object.entries(sheets).map(([id, sheet]) => [id, { version: sheet.version }]));
	const [largestId] = Object.entries(sheets).sort(([, a], [, b]) => slots(b) - slots(a))[0];
	// Words per text slot, corrected a few times so the whole plan comes to about 2,000 words.
	let perSlot = Math.max(4, Math.round(2000 / slots(sheets[largestId])));
	for (let i = 0; i < 4; i++) perSlot = Math.round((perSlot * 2000) / countWords(planOf(largestId, sheets[largestId], perSlot).answers));
	const cases = [
		['GROW, every field filled', 'grow', planOf('grow', sheets.grow, 25)],
		[`largest worksheet (${largestId}), ~2,000 words`, largestId, planOf(largestId, sheets[largestId], perSlot)],
	];
	const rows = [];
	for (const [label, id, plan] of cases) {
		const encoded = await codec.encodeSharePayload({ plan, worksheet: id });
		const link = codec.shareUrl('https://coaching-workbook.example/', id, encoded, 'plan');
		const decoded = await codec.decodeSharePayload(encoded, known, codec.t, 'plan');
		if (!decoded.ok) throw new Error(`the ${id} link did not decode: ${decoded.message}`);
		const encodeMs = await timeMs(() => codec.encodeSharePayload({ plan, worksheet: id }), runs);
		const decodeMs = await timeMs(() => codec.decodeSharePayload(encoded, known, codec.t, 'plan'), runs);
		rows.push({ label, words: countWords(plan.answers), json: JSON.stringify(plan).length, link: link.length, encodeMs, decodeMs });
	}
	return rows;
}
