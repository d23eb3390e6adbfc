/**
 * `client:painted`: hydrates an island once the page has painted, by the same rule as the inline loader of
 * module scripts (src/integrations/page-scripts/after-paint.ts): after `load`, once no new largest paint has
 * been reported for `SETTLE_MS`. `client:load` fetched the 복습 deck's code (Preact and the deck, two fresh
 * connections in Lighthouse's simulation) while the page was still painting, which put its simulated Largest
 * Contentful Paint at 1.2–1.3 s; the deck is rendered on the server, so it reads the same until it hydrates.
 * Registered by src/integrations/site.ts; Astro lists the bundled directive's hash in the policy.
 */
import type { ClientDirective } from 'astro';
import { SETTLE_MS } from '../../lib/site/after-paint.ts';

declare module 'astro' {
	interface AstroClientDirectives {
		'client:painted'?: boolean;
	}
}

const painted: ClientDirective = (load) => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const settle = () => {
		clearTimeout(timer);
		timer = setTimeout(async () => {
			paints.disconnect();
			const hydrate = await load();
			await hydrate();
		}, SETTLE_MS);
	};
	const paints = new PerformanceObserver(settle);
	const begin = () => {
		settle();
		paints.observe({ type: 'largest-contentful-paint', buffered: true });
	};
	if (document.readyState === 'complete') begin();
	else addEventListener('load', begin, { once: true });
};

export default painted;
