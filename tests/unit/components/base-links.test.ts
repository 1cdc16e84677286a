import { describe, expect, it } from 'vitest';
import { addBaseToLinks } from '../../../src/components/base-links';
import { withBase } from '../../../src/islands/common/with-base';

describe('links under a sub-path host', () => {
	it('prefixes a writer’s root-absolute link with the base', () => {
		expect(addBaseToLinks('<a href="/grow/goal/">Goal</a>', '/workbook/')).toBe('<a href="/workbook/grow/goal/">Goal</a>');
	});
	it('leaves links that already carry the base, external and relative links alone', () => {
		const html = '<a href="/workbook/grow/"></a><a href="https://example.org/"></a><a href="//cdn.example/"></a><a href="../x/"></a>';
		expect(addBaseToLinks(html, '/workbook/')).toBe(html);
	});
	it('changes nothing at the domain root', () => {
		expect(addBaseToLinks('<a href="/grow/">x</a>', '/')).toBe('<a href="/grow/">x</a>');
	});
	it('withBase builds a path under the base', () => {
		expect(withBase('/plans/', '/workbook/')).toBe('/workbook/plans/');
		expect(withBase('/plans/', '/')).toBe('/plans/');
	});
});
