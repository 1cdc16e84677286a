import type { Ref } from 'preact';
import type { DrillItem } from '../../plan/practice/items';

/** A root-absolute site path under the site's base (links in the items are written from the root). */
export const sitePath = (path: string) => (path.startsWith('/') ? `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}` : path);

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
				Read more: <a href={sitePath(item.teaches.href)}>{item.teaches.title}</a>
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
