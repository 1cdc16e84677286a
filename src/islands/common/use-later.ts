import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module once the island has hydrated, so what is not needed for typing (sharing tools,
 * the printed QR code, the coach's note) stays out of the first download.
 */
export function useLater<T>(load: () => Promise<T>): T | null {
	const [loaded, setLoaded] = useState<T | null>(null);
	useEffect(() => {
		let live = true;
		load().then((module) => live && setLoaded(module));
		return () => {
			live = false;
		};
	}, []);
	return loaded;
}
