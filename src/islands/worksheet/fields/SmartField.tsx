import { FieldShell, PrintedText } from './FieldShell';
import type { FieldProps } from './types';
import type { SmartValue } from '../../../plan/answers/values';
import { useLater } from '../../common/use-later';
import { smartLetters } from '../../../plan/answers/labels';
import { useT } from '../../common/words';


/** A goal with a prompt per SMART letter and two simple, explained checks. */
export function SmartField({ field, value, onChange, idPrefix }: FieldProps<'smart'>) {
	const t = useT();
	const SMART_LETTERS = smartLetters(t);
	const id = `${idPrefix}${field.id}`;
	const set = (key: keyof SmartValue, text: string) => onChange((current) => ({ ...current, [key]: text }));
	// The checks load after hydration: they only show once a goal is typed, and few worksheets have one.
	const checks = useLater(() => import('../../../plan/answers/smart-hints'));
	const hints = checks ? checks.smartHints(value, t) : [];
	const started = value.goal.trim() !== '';
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				<dl class="ws-smart-print">
					<dt>{t('print.smart-goal')}</dt>
					<dd>
						<PrintedText text={value.goal} lines={2} />
					</dd>
					{SMART_LETTERS.map(({ key, letter, name }) => (
						<>
							<dt>{t('print.smart-letter', { letter, name })}</dt>
							<dd>
								<PrintedText text={value[key]} lines={1} />
							</dd>
						</>
					))}
				</dl>
			}
		>
			<label for={`${id}-goal`}>{t('fields.smart-goal')}</label>
			<textarea id={`${id}-goal`} rows={2} value={value.goal} onInput={(e) => set('goal', e.currentTarget.value)} />
			{SMART_LETTERS.map(({ key, letter, name, prompt }) => (
				<div class="ws-smart-letter">
					<label for={`${id}-${key}`}>
						<span class="ws-letter" aria-hidden="true">
							{letter}
						</span>
						{name}
					</label>
					<p class="ws-hint" id={`${id}-${key}-hint`}>
						{prompt}
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
			{started && hints.length > 0 && (
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
