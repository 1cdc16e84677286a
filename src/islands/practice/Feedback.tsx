import type { Ref } from 'preact';
import type { DrillItem } from '../../plan/practice/items';
import { withBase } from '../common/with-base';


interface Props {
	right: boolean;
	item: DrillItem;
	verdictRef: Ref<HTMLHeadingElement>;
	children: preact.ComponentChildren;
}

/** The verdict after an answer, the lesson if the item has one, and where to read more. */
export function Feedback({ right, item, verdictRef, children }: Props) {
	return (
		<section class="practice-feedback" data-right={right ? 'true' : 'false'} aria-labelledby="practice-verdict">
			<h3 id="practice-verdict" tabIndex={-1} ref={verdictRef}>
				{right ? 'Right.' : 'Not quite.'}
			</h3>
			{'lesson' in item && item.lesson && <p>{item.lesson}</p>}
			<p>
				Read more: <a href={withBase(item.teaches.href)}>{item.teaches.title}</a>
				{'ethics' in item && item.ethics && (
					<>
						{' '}
						and the <a href={item.ethics.href}>{item.ethics.title}</a>
					</>
				)}
				.
			</p>
			<div class="practice-buttons">{children}</div>
		</section>
	);
}
