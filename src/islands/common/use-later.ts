import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module once the island has hydrated and `wanted` holds (at once, or when it first does),
 * so what is not needed for typing (sharing tools, the printed QR code, the coach's note) stays out
 * of the first download, and what a visitor may never need (a link's handling, salvage) is never
 * loaded for them. Once loaded, it stays.
 */
export function useLater<T>(load: () => Promise<T>, wanted = true): T | null {
	const [loaded, setLoaded] = useState<T | null>(null);
	useEffect(() => {
		if (!wanted || loaded) return;
		let live = true;
		load().then((module) => live && setLoaded(module));
		return () => {
			live = false;
		};
	}, [wanted]);
	return loaded;
}
