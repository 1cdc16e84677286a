import { useEffect, useRef } from 'preact/hooks';

/**
 * After a list changes (an item added, moved or removed), moves keyboard focus to the element with
 * the requested id once it has rendered, so keyboard users keep their place.
 */
export function useFocusLater() {
	const target = useRef<string | null>(null);
	useEffect(() => {
		if (!target.current) return;
		document.getElementById(target.current)?.focus();
		target.current = null;
	});
	return (id: string) => {
		target.current = id;
	};
}
