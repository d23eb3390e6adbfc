/**
 * How long the page must go without a new largest paint, after `load`, before module scripts are imported
 * (src/integrations/page-scripts/after-paint.ts) and `client:painted` islands hydrate (src/scripts/after-paint/directive.ts). On a busy
 * two-core machine the frame with a note's heading came 20–70 ms after `load`; 100 ms covers it with room,
 * and a reader who reaches for the search button that soon finds it disabled for a moment, as before.
 */
export const SETTLE_MS = 100;
