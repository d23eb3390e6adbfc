/**
 * `client:painted`: hydrates an island once the page has painted, by the same rule as the inline loader of
 * module scripts (`whenPainted`, src/lib/site/after-paint.ts). `client:load` fetched the 복습 deck's code
 * (Preact and the deck, two fresh connections in Lighthouse's simulation) while the page was still painting,
 * which put its simulated Largest Contentful Paint at 1.2–1.3 s; the deck is rendered on the server, so it
 * reads the same until it hydrates. Registered by src/integrations/site.ts; Astro lists the bundled
 * directive's hash in the policy.
 */
import type { ClientDirective } from 'astro';
import { SETTLE_MS, whenPainted } from '../../lib/site/after-paint.ts';

declare module 'astro' {
	interface AstroClientDirectives {
		'client:painted'?: boolean;
	}
}

const painted: ClientDirective = (load) =>
	whenPainted(async () => {
		const hydrate = await load();
		await hydrate();
	}, SETTLE_MS);

export default painted;
