import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { applyNoteSeo, withoutCanonical } from './lib/site/seo-head.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const head = applyNoteSeo(route.head, route.entry.data, route.siteTitle);
	route.head = route.entry.id === '404' ? withoutCanonical(head) : head;
});
