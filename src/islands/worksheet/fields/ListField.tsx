import { FieldShell, RuledLines } from './FieldShell';
import type { FieldProps } from './types';
import { useFocusLater } from './useFocusLater';
import { move } from '../../../plan/answers/list-ops';
import { useT } from '../../common/words';

/** A list of short entries: add, remove and reorder with buttons, so keyboard and touch work alike. */
export function ListField({ field, value, onChange, idPrefix }: FieldProps<'list'>) {
	const t = useT();
	const id = `${idPrefix}${field.id}`;
	const focusLater = useFocusLater();
	const itemId = (i: number) => `${id}-${i}`;
	const name = field.itemLabel;
	const filled = value.filter((item) => item.trim());
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				filled.length ? (
					<ul class="ws-list-print">
						{filled.map((item) => (
							<li>{item}</li>
						))}
					</ul>
				) : (
					<RuledLines count={3} />
				)
			}
		>
			<ol class="ws-list">
				{value.map((item, i) => (
					<li class="ws-list-item">
						<label class="sr-only" for={itemId(i)}>
							{t('fields.list-item', { item: name, number: i + 1 })}
						</label>
						<input
							type="text"
							id={itemId(i)}
							value={item}
							onInput={(event) => {
								const text = event.currentTarget.value;
								onChange((current) => current.map((old, j) => (j === i ? text : old)));
							}}
						/>
						<span class="ws-row-buttons">
							<button
								type="button"
								aria-label={t('fields.list-up', { item: name.toLowerCase(), number: i + 1 })}
								disabled={i === 0}
								onClick={() => {
									onChange((current) => move(current, i, i - 1));
									focusLater(itemId(i - 1));
								}}
							>
								↑
							</button>
							<button
								type="button"
								aria-label={t('fields.list-down', { item: name.toLowerCase(), number: i + 1 })}
								disabled={i === value.length - 1}
								onClick={() => {
									onChange((current) => move(current, i, i + 1));
									focusLater(itemId(i + 1));
								}}
							>
								↓
							</button>
							<button
								type="button"
								aria-label={t('fields.list-remove', { item: name.toLowerCase(), number: i + 1 })}
								onClick={() => {
									onChange((current) => {
										focusLater(current.length > 1 ? itemId(Math.max(0, i - 1)) : `${id}-add`);
										return current.filter((_, j) => j !== i);
									});
								}}
							>
								✕
							</button>
						</span>
					</li>
				))}
			</ol>
			<button
				type="button"
				id={`${id}-add`}
				class="ws-add"
				onClick={() => {
					onChange((current) => {
						focusLater(itemId(current.length));
						return [...current, ''];
					});
				}}
			>
				{t('fields.list-add', { item: name.toLowerCase() })}
			</button>
		</FieldShell>
	);
}
