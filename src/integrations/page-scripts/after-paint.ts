/**
 * Module scripts that start loading only once the page has painted. Astro links each component's script as
 * `<script type="module" src>`; those run only after parsing anyway, but the browser fetches them at high
 * priority while the page is still loading, and Lighthouse's simulation then puts every one that finished
 * before the paint on the paint's path, each on a fresh mobile connection (a handshake and a round trip,
 * about 300 ms): on every note the search, table-of-contents, prefetch and quiz scripts held the simulated
 * first paint near 1 s and the largest paint at 1.1–1.2 s. The scripts only add behaviour to what is already
 * on the screen (the search button is `disabled` until its script runs), so they can wait for the paint.
 * Measured with scripts/bench/first-paint.ts, which lists the requests on each paint's simulated path.
 */
import { SETTLE_MS, whenPainted } from '../../lib/site/after-paint.ts';

/**
 * The one inline script that replaces them, the same on every page so one hash in the policy allows it
 * everywhere (src/integrations/site.ts): a classic script, because a module has no `document.currentScript`
 * to read its list from. It imports the modules by `whenPainted`'s rule, whose source it carries (on one line:
 * the function's statements all end in semicolons, so runs of white space can be one space). Waiting for
 * `load` alone was not enough: on a busy machine the frame with the note's heading or first paragraph was
 * still to be shown 20–70 ms after `load` (the first frame often holds only the header), and the simulation
 * counts every request that ended before the largest paint.
 */
export const AFTER_PAINT_LOADER = `{const urls=document.currentScript.dataset.modules.split(' ');(${String(whenPainted).replace(/\s+/g, ' ')})(()=>{for(const url of urls)import(url)},${SETTLE_MS})}`;

const MODULE_SCRIPT = /<script type="module" src="([^"]*)"><\/script>/g;

/**
 * The page with its `<script type="module" src>` elements (as Astro writes them) removed and, when it had
 * any, the loader at the end of `<body>` listing them in document order. Inline module scripts (Astro's island
 * runtime) stay: they fetch nothing.
 * `loader` is the loader's text as the policy's hash was made from (the page finishing's worker threads get it
 * from the thread that made the policy, as a module's source text can read differently in another loader).
 * @throws for a script URL with a space, which the loader's list could not hold.
 */
export function loadModulesAfterPaint(html: string, loader: string = AFTER_PAINT_LOADER): string {
	const urls = [...html.matchAll(MODULE_SCRIPT)].map(([, url = '']) => url);
	if (urls.length === 0) return html;
	const bodyEnd = html.lastIndexOf('</body>');
	if (bodyEnd < 0) return html;
	for (const url of urls) if (/\s/.test(url)) throw new Error(`module script URL "${url}" has a space`);
	const element = `<script data-modules="${urls.join(' ')}">${loader}</script>`;
	const withLoader = `${html.slice(0, bodyEnd)}${element}${html.slice(bodyEnd)}`;
	return withLoader.replace(MODULE_SCRIPT, '');
}
