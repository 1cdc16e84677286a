import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * After a list changes (an item added, moved or removed), moves keyboard focus to the element with
 * the requested id once it has rendered, so keyboard users keep their place. The request waits
 * until the element exists: an effect of an earlier render may run first. A layout effect, so focus
 * moves in the same task as the change: never a frame on a removed button, and no wait for the
 * next animation frame, which a busy or background page can hold back for seconds.
 */
export function useFocusLater() {
	const target = useRef<string | null>(null);
	useLayoutEffect(() => {
		const element = target.current && document.getElementById(target.current);
		if (!element) return;
		element.focus();
		target.current = null;
	});
	return (id: string) => {
		target.current = id;
	};
}
