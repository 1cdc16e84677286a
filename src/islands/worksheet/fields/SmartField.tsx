import { FieldShell, PrintedText } from './FieldShell';
import type { FieldProps } from './types';
import { SMART_KEYS, type SmartValue } from '../../../plan/answers/values';
import { smartHints } from '../../../plan/answers/smart-hints';

const PROMPTS: Record<(typeof SMART_KEYS)[number], { letter: string; name: string; prompt: string }> = {
	specific: { letter: 'S', name: 'Specific', prompt: 'What exactly will be different? Who, what, where?' },
	measurable: { letter: 'M', name: 'Measurable', prompt: 'What number or visible result will show it is done?' },
	achievable: { letter: 'A', name: 'Achievable', prompt: 'Is it within reach with the time and resources you have?' },
	relevant: { letter: 'R', name: 'Relevant', prompt: 'Why does it matter now, and to what larger aim?' },
	timeBound: { letter: 'T', name: 'Time-bound', prompt: 'By when? Name a date.' },
};

/** A goal with a prompt per SMART letter and two simple, explained checks. */
export function SmartField({ field, value, onChange, idPrefix }: FieldProps<'smart'>) {
	const id = `${idPrefix}${field.id}`;
	const set = (key: keyof SmartValue, text: string) => onChange((current) => ({ ...current, [key]: text }));
	const hints = smartHints(value);
	const started = value.goal.trim() !== '';
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				<dl class="ws-smart-print">
					<dt>Goal</dt>
					<dd>
						<PrintedText text={value.goal} lines={2} />
					</dd>
					{SMART_KEYS.map((key) => (
						<>
							<dt>
								{PROMPTS[key].letter}: {PROMPTS[key].name}
							</dt>
							<dd>
								<PrintedText text={value[key]} lines={1} />
							</dd>
						</>
					))}
				</dl>
			}
		>
			<label for={`${id}-goal`}>Your goal, in one sentence</label>
			<textarea id={`${id}-goal`} rows={2} value={value.goal} onInput={(e) => set('goal', e.currentTarget.value)} />
			{SMART_KEYS.map((key) => (
				<div class="ws-smart-letter">
					<label for={`${id}-${key}`}>
						<span class="ws-letter" aria-hidden="true">
							{PROMPTS[key].letter}
						</span>
						{PROMPTS[key].name}
					</label>
					<p class="ws-hint" id={`${id}-${key}-hint`}>
						{PROMPTS[key].prompt}
					</p>
					<input
						type="text"
						id={`${id}-${key}`}
						value={value[key]}
						aria-describedby={`${id}-${key}-hint`}
						onInput={(e) => set(key, e.currentTarget.value)}
					/>
				</div>
			))}
			{started && (
				<ul class="ws-smart-hints" aria-live="polite">
					{hints.map((hint) => (
						<li data-found={hint.found}>
							<span aria-hidden="true">{hint.found ? '✓' : '○'}</span> {hint.message}
						</li>
					))}
				</ul>
			)}
		</FieldShell>
	);
}
