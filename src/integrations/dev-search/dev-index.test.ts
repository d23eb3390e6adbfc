import { describe, expect, test } from 'vitest';
import {
	contentTypeOf,
	docsPagePaths,
	indexFileFor,
	loopbackOrigin,
	sourcePathOf,
	triggersRebuild,
} from './dev-index.ts';

describe('triggersRebuild', () => {
	const dirs = { docs: '/site/src/content/docs/', dotAstro: '/site/.astro/' };
	test.each([
		['/site/src/content/docs/eni.mdx', true],
		['/site/src/content/docs/s3/index.md', true],
		['/site/.astro/data-store.json', true],
		['/site/.astro/data-store/manifest.json', true],
		['/site/.astro/content.d.ts', false],
		['/site/src/components/Foo.astro', false],
		['/site/astro.config.mjs', false],
	])('%s → %s', (file, expected) => {
		expect(triggersRebuild(file, dirs)).toBe(expected);
	});
});

describe('docsPagePaths', () => {
	test('lists each docs page once, the home page as /, without the 404 page or other files', () => {
		expect(
			docsPagePaths(['eni.mdx', 'index.mdx', '404.md', 'glossary.mdx', 'notes.txt', 's3/index.md', 'S3/Index.md']),
		).toEqual(['/', '/eni/', '/glossary/', '/s3/']);
	});

	test('is empty for an empty collection', () => {
		expect(docsPagePaths([])).toEqual([]);
	});
});

describe('sourcePathOf', () => {
	test.each([
		['/', 'index.html'],
		['/eni/', 'eni/index.html'],
		['/s3/basics/', 's3/basics/index.html'],
	])('%s is %s in the build', (path, file) => {
		expect(sourcePathOf(path)).toBe(file);
	});
});

describe('indexFileFor', () => {
	test.each([
		['/aws-ec2-notes/pagefind/pagefind.js', '/aws-ec2-notes/', 'pagefind.js'],
		['/aws-ec2-notes/pagefind/pagefind.js?attempt=2', '/aws-ec2-notes/', 'pagefind.js'],
		['/aws-ec2-notes/pagefind/fragment/ko_abc.pf_fragment', '/aws-ec2-notes', 'fragment/ko_abc.pf_fragment'],
		['/pagefind/wasm.unknown.pagefind', '/', 'wasm.unknown.pagefind'],
		['/pagefind/pagefind.js', '/aws-ec2-notes/', undefined],
		['/aws-ec2-notes/pagefind/', '/aws-ec2-notes/', undefined],
		['/aws-ec2-notes/pagefind/../astro.config.mjs', '/aws-ec2-notes/', undefined],
		['/aws-ec2-notes/eni/', '/aws-ec2-notes/', undefined],
	])('%s under %s asks for %s', (url, base, file) => {
		expect(indexFileFor(url, base)).toBe(file);
	});
});

describe('contentTypeOf', () => {
	test.each([
		['pagefind.js', 'text/javascript; charset=utf-8'],
		['pagefind-entry.json', 'application/json; charset=utf-8'],
		['pagefind-ui.css', 'text/css; charset=utf-8'],
		['wasm.unknown.pagefind', 'application/octet-stream'],
		['fragment/ko_1.pf_fragment', 'application/octet-stream'],
	])('%s is served as %s', (file, type) => {
		expect(contentTypeOf(file)).toBe(type);
	});
});

describe('loopbackOrigin', () => {
	test.each([
		[{ address: '127.0.0.1', family: 'IPv4', port: 4321 }, 'http://127.0.0.1:4321'],
		[{ address: '::1', family: 'IPv6', port: 4321 }, 'http://[::1]:4321'],
		[{ address: '0.0.0.0', family: 'IPv4', port: 4361 }, 'http://127.0.0.1:4361'],
		[{ address: '::', family: 'IPv6', port: 4361 }, 'http://[::1]:4361'],
	])('%j is fetched at %s', (address, origin) => {
		expect(loopbackOrigin(address)).toBe(origin);
	});
});
