import type { ComponentChildren } from 'preact';

interface Props {
	/** Id of the input the label names; omit for groups, which use a legend. */
	inputId?: string;
	id: string;
	label: string;
	hint?: string;
	/** Group fields (lists, tables, choices) render a fieldset with a legend. */
	group?: boolean;
	children: ComponentChildren;
	/** What the printed plan shows for this field. */
	print: ComponentChildren;
	/** The children style their own print (review rounds print as a log); do not hide them on paper. */
	printsItself?: boolean;
}

export const hintId = (id: string) => `${id}-hint`;

/** Label, hint and printed answer around one field; the hint is tied to the input by `aria-describedby`. */
export function FieldShell({ inputId, id, label, hint, group, children, print, printsItself }: Props) {
	const hintText = hint && (
		<p class="ws-hint" id={hintId(id)}>
			{hint}
		</p>
	);
	const printed = <div class="ws-print print-only">{print}</div>;
	if (group)
		return (
			<fieldset class="ws-field ws-group" data-field={id} aria-describedby={hint ? hintId(id) : undefined}>
				<legend class="ws-label">{label}</legend>
				{hintText}
				<div class={printsItself ? undefined : 'print:hidden'}>{children}</div>
				{printed}
			</fieldset>
		);
	return (
		<div class="ws-field" data-field={id}>
			<label class="ws-label" for={inputId}>
				{label}
			</label>
			{hintText}
			<div class="print:hidden">{children}</div>
			{printed}
		</div>
	);
}

/** Ruled blank lines, for answers to be written by hand on paper. */
export function RuledLines({ count = 2 }: { count?: number }) {
	return <div class="ws-ruled" style={{ '--lines': count }} aria-hidden="true" />;
}

/** Printed text, or ruled lines when there is none. */
export function PrintedText({ text, lines = 2 }: { text: string; lines?: number }) {
	return text.trim() ? <p class="ws-printed-text">{text}</p> : <RuledLines count={lines} />;
}
