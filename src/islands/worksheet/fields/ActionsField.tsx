import { FieldShell } from './FieldShell';
import type { FieldProps } from './types';
import { blankActionRow, isActionFilled, type ActionRow } from '../../../plan/answers/values';
import { actionColumns } from '../../../plan/answers/labels';
import { useT } from '../../common/words';
import { useFocusLater } from './useFocusLater';
import { formatDate } from '../../../plan/dates';

const BLANK_ROWS = 3;

/** Rows of what / by when / who helps / done; prints as a real table. */
export function ActionsField({ field, value, onChange, idPrefix }: FieldProps<'actions'>) {
	const t = useT();
	const ACTION_COLUMNS = actionColumns(t);
	const id = `${idPrefix}${field.id}`;
	const focusLater = useFocusLater();
	const update = (i: number, patch: Partial<ActionRow>) => onChange((current) => current.map((row, j) => (j === i ? { ...row, ...patch } : row)));
	const rows = value.filter(isActionFilled);
	const cell = (i: number, key: string) => `${id}-${i}-${key}`;
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				<table class="ws-actions-print">
					<thead>
						<tr>
							<th scope="col">{ACTION_COLUMNS.what}</th>
							<th scope="col">{ACTION_COLUMNS.by}</th>
							<th scope="col">{ACTION_COLUMNS.support}</th>
							<th scope="col">{ACTION_COLUMNS.done}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr>
								<td>{row.what}</td>
								<td>{formatDate(row.by, t)}</td>
								<td>{row.support}</td>
								<td>{row.done ? '☑' : '☐'}</td>
							</tr>
						))}
						{Array.from({ length: Math.max(0, BLANK_ROWS - rows.length) }, () => (
							<tr class="ws-blank-row">
								<td />
								<td />
								<td />
								<td>☐</td>
							</tr>
						))}
					</tbody>
				</table>
			}
		>
			<ol class="ws-actions">
				{value.map((row, i) => (
					<li class="ws-action">
						<fieldset>
							<legend>{t('fields.action', { number: i + 1 })}</legend>
							<label for={cell(i, 'what')}>{ACTION_COLUMNS.what}</label>
							<input type="text" id={cell(i, 'what')} value={row.what} onInput={(e) => update(i, { what: e.currentTarget.value })} />
							<div class="ws-action-meta">
								<span>
									<label for={cell(i, 'by')}>{ACTION_COLUMNS.by}</label>
									<input type="date" id={cell(i, 'by')} value={row.by} onInput={(e) => update(i, { by: e.currentTarget.value })} />
								</span>
								<span>
									<label for={cell(i, 'support')}>{ACTION_COLUMNS.support}</label>
									<input
										type="text"
										id={cell(i, 'support')}
										value={row.support}
										onInput={(e) => update(i, { support: e.currentTarget.value })}
									/>
								</span>
							</div>
							<label class="ws-option">
								<input type="checkbox" id={cell(i, 'done')} checked={row.done} onChange={(e) => update(i, { done: e.currentTarget.checked })} />
								{ACTION_COLUMNS.done}
							</label>
							<button
								type="button"
								class="ws-link-button"
								onClick={() => {
									onChange((current) => {
										focusLater(current.length > 1 ? cell(Math.max(0, i - 1), 'what') : `${id}-add`);
										return current.filter((_, j) => j !== i);
									});
								}}
							>
								{t('fields.action-remove', { number: i + 1 })}
							</button>
						</fieldset>
					</li>
				))}
			</ol>
			<button
				type="button"
				id={`${id}-add`}
				class="ws-add"
				onClick={() => {
					onChange((current) => {
						focusLater(cell(current.length, 'what'));
						return [...current, blankActionRow()];
					});
				}}
			>
				{t('fields.action-add')}
			</button>
		</FieldShell>
	);
}
