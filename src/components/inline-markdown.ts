import { withBase } from '../islands/common/with-base';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders the inline Markdown a dialogue turn may hold (`**strong**`, `*emphasis*`, `[text](/path/)`) as HTML.
 * Everything else is escaped, so a turn can never inject markup; site links get the base path.
 */
export function inlineMarkdown(text: string): string {
	return escape(text)
		.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
			const target = href.startsWith('/') ? withBase(href) : href;
			return `<a href="${target}">${label}</a>`;
		})
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/\*([^*]+)\*/g, '<em>$1</em>');
}
