import { describe, expect, test } from 'vitest';
import { stableIslandIds } from './island-ids.ts';

const island = (uid: string, props = '{}') =>
	`<astro-island uid="${uid}" component-url="/_astro/Sim.abc.js" props="${props}" ssr client="visible"><p>x</p></astro-island>`;
const uidOf = (html: string) => [...html.matchAll(/uid="([^"]*)"/g)].map(([, uid]) => uid);

describe('stableIslandIds', () => {
	test('gives an island the same id whatever Astro hashed into it', () => {
		expect(stableIslandIds(island('1wNnL0'))).toBe(stableIslandIds(island('sHSyg')));
	});

	test.each([
		['different props', island('a', '{&quot;n&quot;:1}'), island('a', '{&quot;n&quot;:2}')],
		['a different component', island('a'), island('a').replace('Sim.abc.js', 'Other.def.js')],
	])('tells islands with %s apart', (_name, first, second) => {
		expect(uidOf(stableIslandIds(first))).not.toEqual(uidOf(stableIslandIds(second)));
	});

	test('changes nothing but the uid', () => {
		const stable = stableIslandIds(`<main>${island('abc')}</main>`);
		expect(stable.replace(/uid="[^"]*"/, 'uid="abc"')).toBe(`<main>${island('abc')}</main>`);
		expect(uidOf(stable)[0]).toMatch(/^[\w-]{8}$/);
	});

	test.each([
		['a page without islands', '<main><p uid="x">text</p></main>'],
		['an island without a uid', '<astro-island component-url="/a.js"></astro-island>'],
	])('leaves %s as it was', (_name, html) => {
		expect(stableIslandIds(html)).toBe(html);
	});
});
