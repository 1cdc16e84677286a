/**
 * A plan as Markdown, for "Copy as Markdown": pasted into notes, mail or a chat, it reads well as plain
 * text and renders as headings, lists and a table. Everything the visitor typed is escaped, so no answer
 * can turn into a heading, a link, a table row or HTML in whatever renders it.
 */
import type { Translate } from '../i18n/translate';
import type { Field, WorksheetDefinition } from '../../schemas/worksheet';
import { retiredAnswers } from '../migrate';
import type { PlanRecord } from '../record';
import { answerText } from '../answers/answer-text';
import { formatDate } from '../dates';
import { isActionFilled, isAnswered, type ActionRow, type ReviewRound, type SmartValue } from '../answers/values';
import { actionColumns, optionLabel, roundLabel, roundText, scaleLabel, smartLetters } from '../answers/labels';

/**
 * One line of user text made inert: Markdown punctuation, HTML and entity starts are backslash-escaped,
 * and a line that would start a heading, quote, list or rule has its first mark escaped. Spaces
 * around it are dropped: four leading ones would start a code block, and trailing ones (a vertical tab
 * too) are noise Markdown keeps inside a heading.
 */
function escapeLine(line: string): string {
	const inline = line
		.trim()
		.replace(/[\\`*_[\]<>|~]/g, '\\$&')
		.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
	// A run of # ending the line would close a heading and vanish: its first mark is escaped too.
	return inline
		.replace(/^([#+=-])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2')
		.replace(/(\s)(#+\s*)$/, '$1\\$2');
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

/** Text as Markdown paragraphs: blank lines separate paragraphs, single line breaks are kept as breaks. */
function paragraphs(text: string): string {
	return lines(text.trim())
		.map((line) => (line.trim() ? escapeLine(line) : ''))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

/** Text for one list item or table cell: every line break becomes a break inside the item. */
function inlineText(text: string, lineBreak: string): string {
	return lines(text.trim())
		.filter((line) => line.trim())
		.map(escapeLine)
		.join(lineBreak);
}

/** A date as inline text: a real day formatted, anything else (it cannot pass the door, but still) kept on one inert line. */
const day = (text: string, t: Translate<'export' | 'print' | 'common'>) => inlineText(formatDate(text, t), ' ');
const item = (text: string) => `- ${inlineText(text, '  \n  ')}`;
const cell = (text: string) => inlineText(text, '<br>') || ' ';
const label = (text: string) => `**${inlineText(text, ' ')}**`;
/** The mark of an unanswered field, in italics. */
const notAnswered = (t: Translate<'export' | 'print'>) => `_${t('export.md-not-answered')}_`;
/** A field's bold label, a blank line, then its answer or the not-answered mark. */
const fieldBlock = (text: string, body: string | null, t: Translate<'export' | 'print'>) => `${label(text)}\n\n${body ?? notAnswered(t)}`;

function actionsTable(rows: ActionRow[], t: Translate<'export' | 'print' | 'common'>): string {
	const { what, by, support, done } = actionColumns(t);
	return [
		`| ${what} | ${by} | ${support} | ${done} |`,
		'| --- | --- | --- | --- |',
		...rows.filter(isActionFilled).map((row) => `| ${cell(row.what)} | ${cell(formatDate(row.by, t))} | ${cell(row.support)} | ${row.done ? t('export.md-yes') : t('export.md-no')} |`),
	].join('\n');
}

function options(field: { options: string[]; optionLabels?: string[] }, ticked: (option: string) => boolean, extra: string[]): string {
	return [...field.options, ...extra].map((option) => `- [${ticked(option) ? 'x' : ' '}] ${inlineText(optionLabel(field, option), ' ')}`).join('\n');
}

function smart(value: SmartValue, t: Translate<'export' | 'print'>): string {
	const goal = value.goal.trim() ? inlineText(value.goal, ' ') : notAnswered(t);
	return [
		`- **${t('export.md-goal')}** ${goal}`,
		...smartLetters(t).map(({ key, name }) => `  - **${name}:** ${value[key].trim() ? inlineText(value[key], ' ') : notAnswered(t)}`),
	].join('\n');
}

/** The Markdown for one answer, assuming it is answered and of the field's kind. */
function answer(field: Field, value: unknown, t: Translate<'export' | 'print' | 'common'>): string {
	switch (field.kind) {
		case 'short-text':
		case 'long-text':
			return paragraphs(value as string);
		case 'list':
			return (value as string[])
				.filter((entry) => entry.trim())
				.map((entry) => item(entry))
				.join('\n');
		case 'scale':
			return scaleLabel(value as number, t);
		case 'date':
			return day(value as string, t);
		case 'choice': {
			const chosen = value as string;
			return options(field, (option) => option === chosen, field.options.includes(chosen) ? [] : [chosen]);
		}
		case 'checklist': {
			const ticked = value as string[];
			const extra = ticked.filter((entry) => entry.trim() && !field.options.includes(entry));
			return options(field, (option) => ticked.includes(option), extra);
		}
		case 'actions':
			return actionsTable(value as ActionRow[], t);
		case 'smart':
			return smart(value as SmartValue, t);
		case 'reviews':
			return (value as ReviewRound[])
				.map((round, i) => {
					const heading = `### ${roundLabel(i, t)}${round.date ? ` · ${day(round.date, t)}` : ''}`;
					const texts = roundText(t).map(({ key, label: text }) => fieldBlock(text, round[key].trim() ? paragraphs(round[key]) : null, t));
					const inner = field.fields.map((f) => fieldMarkdown(f, round.answers, t));
					return [heading, ...texts, ...inner].join('\n\n');
				})
				.join('\n\n');
	}
}

function fieldMarkdown(field: Field, answers: Record<string, unknown>, t: Translate<'export' | 'print' | 'common'>): string {
	const value = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
	return fieldBlock(field.label, isAnswered(field.kind, value) ? answer(field, value, t) : null, t);
}

/**
 * The plan as a Markdown document: its title, a line naming the worksheet, person and date, then a
 * `##` heading per section with each field's label in bold and its answer below; answers to fields the
 * worksheet no longer asks come last, under their own heading, so nothing typed is left out.
 * Pass a record already migrated to the definition's version (`migrateRecord`).
 * @param phaseNames phase names by phase id, for sections without their own title.
 * @param t the words of the document's own lines (not-answered mark, "For …", dates).
 */
export function planToMarkdown(
	record: PlanRecord,
	definition: WorksheetDefinition,
	phaseNames: Record<string, string>,
	t: Translate<'export' | 'print' | 'common'>,
): string {
	const title = record.title.trim() ? inlineText(record.title, ' ') : inlineText(definition.title, ' ');
	const about = [
		inlineText(definition.title, ' '),
		record.person.trim() && t('export.md-for', { person: inlineText(record.person, ' ') }),
		record.date && day(record.date, t),
	].filter(Boolean);
	const sections = definition.sections.map((section) => {
		const heading = section.title ?? (Object.hasOwn(phaseNames, section.phase) ? phaseNames[section.phase] : section.phase);
		return [`## ${inlineText(heading, ' ')}`, ...section.fields.map((field) => fieldMarkdown(field, record.answers, t))].join('\n\n');
	});
	const retired = retiredAnswers(record, definition)
		.filter(({ value }) => answerText(value).trim())
		.map(({ label: text, value }) => fieldBlock(text, paragraphs(answerText(value)), t));
	if (retired.length) sections.push([`## ${t('print.retired-heading')}`, ...retired].join('\n\n'));
	return `${[`# ${title}`, about.join(' · '), ...sections].join('\n\n')}\n`;
}
