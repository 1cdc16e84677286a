import type { Ref } from 'preact';
import type { DrillItem } from '../../plan/practice/items';
import { withBase } from '../common/with-base';
import { useT, withParts } from '../common/words';


interface Props {
	right: boolean;
	item: DrillItem;
	verdictRef: Ref<HTMLHeadingElement>;
	children: preact.ComponentChildren;
}

/** The verdict after an answer, the lesson if the item has one, and where to read more. */
export function Feedback({ right, item, verdictRef, children }: Props) {
	const t = useT();
	const page = <a href={withBase(item.teaches.href)}>{item.teaches.title}</a>;
	const ethics = 'ethics' in item && item.ethics;
	return (
		<section class="practice-feedback" data-right={right ? 'true' : 'false'} aria-labelledby="practice-verdict">
			<h3 id="practice-verdict" tabIndex={-1} ref={verdictRef}>
				{t(right ? 'practice.right' : 'practice.not-quite')}
			</h3>
			{'lesson' in item && item.lesson && <p>{item.lesson}</p>}
			<p>
				{ethics
					? withParts(t('practice.read-more-ethics'), { page, ethics: <a href={ethics.href}>{ethics.title}</a> })
					: withParts(t('practice.read-more'), { page })}
			</p>
			<div class="practice-buttons">{children}</div>
		</section>
	);
}
