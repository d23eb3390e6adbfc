/**
 * How long the page must go without a new largest paint, after `load`, before module scripts are imported
 * (src/integrations/page-scripts/after-paint.ts) and `client:painted` islands hydrate (src/scripts/after-paint/directive.ts). On a busy
 * two-core machine the frame with a note's heading came 20–70 ms after `load`; 100 ms covers it with room,
 * and a reader who reaches for the search button that soon finds it disabled for a moment, as before.
 */
export const SETTLE_MS = 100;

/**
 * Runs `run` once the page has loaded and no new largest paint has been reported for `settleMs`; where the
 * browser reports no largest paints, the wait after `load` still applies. The one rule of both the inline
 * loader of module scripts and `client:painted`. It uses nothing from outside its own body, because the
 * inline loader carries its source text (`String(whenPainted)`).
 */
export function whenPainted(run: () => void, settleMs: number): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const settle = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			paints.disconnect();
			run();
		}, settleMs);
	};
	const paints = new PerformanceObserver(settle);
	const begin = () => {
		settle();
		paints.observe({ type: 'largest-contentful-paint', buffered: true });
	};
	if (document.readyState === 'complete') begin();
	else addEventListener('load', begin, { once: true });
}
