import { options } from 'preact';
import { describe, expect, it } from 'vitest';

// InTurn hooks Preact's error handler under the short name Preact's builds give `options._catchError`.
// An upgrade that renamed it would let a waiting section's turn reach the page as an error: this fails first.
describe('the hook InTurn relies on', () => {
	const hooks = options as typeof options & { __e?: (error: unknown, vnode: unknown) => void };
	const preacts = hooks.__e;

	it('is Preact’s error handler, under the name InTurn uses', () => {
		expect(typeof preacts).toBe('function');
		expect(() => preacts!(new Error('not caught'), { __: null })).toThrow('not caught');
	});

	it('is wrapped by InTurn, which passes other errors on to Preact', async () => {
		await import('../../../../src/islands/common/in-turn');
		expect(hooks.__e).not.toBe(preacts);
		expect(() => hooks.__e!(new Error('still thrown'), { __: null })).toThrow('still thrown');
	});
});
