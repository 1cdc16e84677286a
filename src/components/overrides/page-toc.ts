/**
 * Stands in for Starlight's two "On this page" scripts (see `src/build/page-toc.ts`): marks the
 * section being read in both menus, shows its name on the phone's closed menu, and closes that menu
 * once a section is picked, on a click outside it, or on Escape (focus back on its toggle).
 * Starlight's versions take 1.4 KB gzip in three files on every page with headings; the GROW overview,
 * which also carries a worksheet, could not fit its 20 KiB otherwise.
 *
 * The section being read is the last heading above a line 2rem under the bars stuck to the top, as in
 * Starlight. Measured once per frame while the page scrolls or resizes: a handful of headings, read
 * when the layout is already done.
 */
class PageToc extends HTMLElement {
	connectedCallback() {
		const links = [...this.querySelectorAll('a')];
		const menu = this.querySelector('details');
		let current: Element | undefined;
		let queued = false;
		const mark = () => {
			queued = false;
			const line = document.querySelector('header')!.offsetHeight + (menu?.querySelector('summary')!.offsetHeight ?? 0) + 32;
			const top = (link: HTMLAnchorElement) => document.getElementById(decodeURIComponent(link.hash.slice(1)))?.getBoundingClientRect().top ?? line;
			const link = links.findLast((link) => top(link) < line) ?? links[0];
			if (!link || link === current) return;
			current?.removeAttribute('aria-current');
			link.setAttribute('aria-current', 'true');
			current = link;
			if (menu) menu.querySelector('.display-current')!.textContent = link.textContent;
		};
		const queue = () => {
			if (!queued) requestAnimationFrame(mark);
			queued = true;
		};
		addEventListener('scroll', queue);
		addEventListener('resize', queue);
		queue();
		if (!menu) return;
		const close = () => (menu.open = false);
		addEventListener('click', ({ target }) => (!menu.contains(target as Node) || (target as Element).closest('a')) && close());
		addEventListener('keydown', ({ key }) => {
			if (key !== 'Escape' || !menu.open) return;
			const hadFocus = menu.contains(document.activeElement);
			close();
			if (hadFocus) menu.querySelector('summary')!.focus();
		});
	}
}

customElements.define('starlight-toc', PageToc);
customElements.define('mobile-starlight-toc', class extends PageToc {});
