// Share-link figures: link length for a fully filled GROW plan and for the largest worksheet filled
// with about 2,000 words of realistic text, and encode/decode times. The codec is bundled from
// src/plan/share-link.ts with esbuild, so the bench measures the same code the site ships.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const SENTENCES = [
	'I want to feel calmer before the Monday planning meeting.',
	'Right now I prepare the night before and still forget the main point.',
	'My manager has offered to review the agenda with me on Fridays.',
	'The biggest obstacle is that urgent requests arrive just before the meeting starts.',
	'One option is to block thirty minutes in my calendar every Friday afternoon.',
	'Another is to ask a colleague to take notes so I can focus on speaking.',
	'I will try the calendar block first, because it depends only on me.',
	'On a scale of one to ten my commitment is eight, held back only by travel in March.',
	'Success would look like three meetings in a row where I made my point clearly.',
	'I can check progress every Friday by writing two lines in my notebook.',
];

/** About `words` words of plain sentences, cycling through a fixed bank (deterministic). */
function prose(words, offset = 0) {
	const out = [];
	for (let i = offset; out.join(' ').split(' ').length < words; i++) out.push(SENTENCES[i % SENTENCES.length]);
	return out.join(' ');
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
	await build({ entryPoints: [join(project, 'src/plan/share-link.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
	const codec = await import(pathToFileURL(outfile).href);
	rmSync(dir, { recursive: true, force: true });
	return codec;
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
	// Words per text slot, corrected once so the whole plan comes to about 2,000 words.
	const guess = Math.max(4, Math.round(2000 / slots(sheets[largestId])));
	const perSlot = Math.round((guess * 2000) / countWords(planOf(largestId, sheets[largestId], guess).answers));
	const cases = [
		['GROW, every field filled', 'grow', planOf('grow', sheets.grow, 25)],
		[`largest worksheet (${largestId}), ~2,000 words`, largestId, planOf(largestId, sheets[largestId], perSlot)],
	];
	const rows = [];
	for (const [label, id, plan] of cases) {
		const encoded = await codec.encodeSharePayload({ plan, worksheet: id });
		const link = codec.shareUrl('https://coaching-workbook.example/', id, encoded, 'plan');
		const decoded = await codec.decodeSharePayload(encoded, known, 'plan');
		if (!decoded.ok) throw new Error(`the ${id} link did not decode: ${decoded.message}`);
		const encodeMs = await timeMs(() => codec.encodeSharePayload({ plan, worksheet: id }), runs);
		const decodeMs = await timeMs(() => codec.decodeSharePayload(encoded, known, 'plan'), runs);
		rows.push({ label, words: countWords(plan.answers), json: JSON.stringify(plan).length, link: link.length, encodeMs, decodeMs });
	}
	return rows;
}
