import type { Plugin } from 'vite';

const STAND_IN = '\0coaching-workbook:listen-keys-unused';

/**
 * `useStore` from `@nanostores/preact` imports nanostores' `listenKeys` (and the path helpers it uses)
 * for its `keys` option, which no component here passes: about 300 B gzip on every page with an
 * island. Its import gets a stand-in that fails loudly if a `keys` option ever appears.
 */
export function useStoreWithoutKeys(): Plugin {
	return {
		name: 'coaching-workbook:use-store-without-keys',
		enforce: 'pre',
		apply: 'build',
		resolveId(id, importer) {
			if (id === 'nanostores' && importer?.includes('/@nanostores/preact/')) return STAND_IN;
		},
		load(id) {
			if (id === STAND_IN) return 'export const listenKeys = () => { throw Error("useStore keys"); };';
		},
	};
}
