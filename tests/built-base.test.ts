import { expect, test } from 'vitest';
import { builtBasePath } from '../scripts/built-base.ts';

test.each([
	['a project site', '<link rel="stylesheet" href="/aws-ec2-notes/_astro/site.abc.css">', '/aws-ec2-notes'],
	['a nested base', '<script data-modules="x" src="/a/b/_astro/page.js"></script>', '/a/b'],
	['the root', '<link rel="stylesheet" href="/_astro/site.abc.css">', '/'],
	['the first asset wins', '<link href="/x/_astro/a.css"><script src="/y/_astro/b.js">', '/x'],
	['no asset link', '<html><body>안녕</body></html>', undefined],
	['a link to another site', '<a href="https://example.com/_astro/a.css">', undefined],
])('%s', (_, html, base) => {
	expect(builtBasePath(html)).toBe(base);
});
