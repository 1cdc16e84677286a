import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the page's address has carried a fragment (`#…`) since hydration: a share, coach or private
 * link comes in one (see use-link.ts), and their handling loads only then. Stays true once seen.
 */
export function useFragment(): boolean {
	const [seen, setSeen] = useState(false);
	useEffect(() => {
		const look = () => location.hash.length > 1 && setSeen(true);
		look();
		addEventListener('hashchange', look);
		return () => removeEventListener('hashchange', look);
	}, []);
	return seen;
}
