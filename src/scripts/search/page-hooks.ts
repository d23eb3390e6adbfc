/**
 * The part of search that runs on every page load; kept tiny because every reader pays for it.
 */
import { withBase } from '../../lib/site/site-url.ts';

/** Query parameter Pagefind's highlighter reads; search result links carry the matched words in it. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** True when a key press belongs to a text field, so `/` types a slash there instead of opening search. */
export function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable ||
			target instanceof HTMLInputElement ||
			target instanceof HTMLTextAreaElement ||
			target instanceof HTMLSelectElement)
	);
}

/** Marks the searched words on a page opened from a search result; loads nothing on other visits. */
export function highlightFromUrl(base: string): void {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const script = withBase(base, '/pagefind/pagefind-highlight.js');
	import(/* @vite-ignore */ script)
		.then(({ default: PagefindHighlight }) => {
			// Our own styles (global.css) instead of the inline <style> Pagefind would inject.
			new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: 'main' });
		})
		.catch(() => {
			// Highlighting is a nicety: a missing highlighter must not break reading.
		});
}
