import { FieldShell, RuledLines } from './FieldShell';
import type { FieldProps } from './types';
import { useFocusLater } from './useFocusLater';
import { move } from '../list-ops';

/** A list of short entries: add, remove and reorder with buttons, so keyboard and touch work alike. */
export function ListField({ field, value, onChange, idPrefix }: FieldProps<'list'>) {
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
							{name} {i + 1}
						</label>
						<input
							type="text"
							id={itemId(i)}
							value={item}
							onInput={(event) => onChange(value.map((old, j) => (j === i ? event.currentTarget.value : old)))}
						/>
						<span class="ws-row-buttons">
							<button
								type="button"
								aria-label={`Move ${name.toLowerCase()} ${i + 1} up`}
								disabled={i === 0}
								onClick={() => {
									onChange(move(value, i, i - 1));
									focusLater(itemId(i - 1));
								}}
							>
								↑
							</button>
							<button
								type="button"
								aria-label={`Move ${name.toLowerCase()} ${i + 1} down`}
								disabled={i === value.length - 1}
								onClick={() => {
									onChange(move(value, i, i + 1));
									focusLater(itemId(i + 1));
								}}
							>
								↓
							</button>
							<button
								type="button"
								aria-label={`Remove ${name.toLowerCase()} ${i + 1}`}
								onClick={() => {
									onChange(value.filter((_, j) => j !== i));
									focusLater(value.length > 1 ? itemId(Math.max(0, i - 1)) : `${id}-add`);
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
					onChange([...value, '']);
					focusLater(itemId(value.length));
				}}
			>
				+ Add {name.toLowerCase()}
			</button>
		</FieldShell>
	);
}
