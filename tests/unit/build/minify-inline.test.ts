import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/build/inline-hashes';
import { withInlineScriptsMinified } from '../../../src/build/minify-inline';

const THEME = `
	(() => {
		// Which theme the visitor chose, if any.
		const chosenTheme = localStorage.getItem('theme');
		document.documentElement.dataset.theme = chosenTheme ?? 'auto';
	})();
`;
const MODULE = `const longName = document.querySelector('main');\nif (longName) longName.dataset.seen = 'yes';\n`;
const PROPS = `{"title":  "A   plan"}`;

const page = (policy: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">` +
	`<script>${THEME}</script><script type="module">${MODULE}</script><script type="module" src="/a.js"></script></head>` +
	`<body><script type="application/json">${PROPS}</script><script>${THEME}</script></body></html>`;
const policyOf = (html: string) => html.match(/content-security-policy" content="([^"]*)"/)![1];
const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

describe('inline scripts minified after the build', () => {
	const before = page(`script-src 'self' '${cspHash(THEME)}' '${cspHash(MODULE)}'`);
	const after = withInlineScriptsMinified(before, new Map());
	const [theme, module, external, props, again] = scriptsOf(after);

	it('shortens each script and leaves data and external scripts alone', () => {
		expect(theme.length).toBeLessThan(THEME.length);
		expect(theme).not.toContain('//');
		expect(module).not.toContain('longName');
		expect(again).toBe(theme);
		expect(external).toBe('');
		expect(props).toBe(PROPS);
	});

	it('allows each script by its new hash, and no longer by the old one', () => {
		expect(policyOf(after)).toBe(`script-src 'self' '${cspHash(theme)}' '${cspHash(module)}'`);
	});

	it('keeps what each script does', () => {
		const dataset: Record<string, string> = {};
		new Function('localStorage', 'document', theme)({ getItem: () => 'dark' }, { documentElement: { dataset } });
		expect(dataset.theme).toBe('dark');
	});

	it('allows only the inline scripts the page carries, not every one the site has', () => {
		const elsewhere = cspHash('document.body.dataset.other = "page";');
		const trimmed = withInlineScriptsMinified(page(`default-src 'self'; script-src 'self' '${elsewhere}' '${cspHash(THEME)}' '${cspHash(MODULE)}'; style-src 'self'`), new Map());
		expect(policyOf(trimmed)).toBe(`default-src 'self'; script-src 'self' '${cspHash(theme)}' '${cspHash(module)}'; style-src 'self'`);
	});

	it('refuses a page whose policy would block a script it minified', () => {
		expect(() => withInlineScriptsMinified(page(`script-src 'self' '${cspHash(MODULE)}'`), new Map())).toThrow(/does not allow/);
	});
});
