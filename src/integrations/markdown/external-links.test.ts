import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { EXTERNAL_LABEL, externalLinkChanges, isExternalHref, satteriExternalLinks } from './external-links.ts';

const SITE = 'https://owner.github.io';

/** Applies the changes to every external link of a tree, as the Sätteri plugin does through its context. */
function mark(tree: Root, site: string | undefined = SITE): Root {
	for (const link of selectAll('a', tree)) {
		const href = link.properties['href'];
		if (typeof href !== 'string' || !isExternalHref(href, site)) continue;
		const { rel, append } = externalLinkChanges(link);
		link.properties['rel'] = rel;
		link.children.push(...append);
	}
	return tree;
}

const run = (html: string) => mark(fromHtml(html, { fragment: true }));

const link = (tree: Root) => select('a', tree) as Element;

describe('isExternalHref', () => {
	test.each([
		['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html', SITE, true],
		['http://example.com/', SITE, true],
		['//cdn.example.com/a.js', SITE, true],
		['https://owner.github.io/aws-ec2-notes/eni/', SITE, false],
		['/aws-ec2-notes/eni/', SITE, false],
		['eni/', SITE, false],
		['#인스턴스-상태', SITE, false],
		['mailto:someone@example.com', SITE, false],
		['https://owner.github.io/', undefined, true],
	])('%s on %s → %s', (href, site, expected) => {
		expect(isExternalHref(href, site)).toBe(expected);
	});
});

describe('externalLinkChanges', () => {
	test('marks a link to AWS as external with a hidden icon and a spoken label', () => {
		const tree = run('<p><a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html">AMI</a></p>');
		const a = link(tree);
		expect(a.properties['rel']).toEqual(['external']);
		expect(a.properties['target']).toBeUndefined();
		expect(select('svg', a)?.properties['ariaHidden']).toBe('true');
		const label = select('span.sr-only', a)!;
		expect(toText(label).trim()).toBe(EXTERNAL_LABEL);
		expect(label.properties['dataPagefindIgnore']).toBe('');
	});

	test('adds noopener noreferrer to a link that opens a new tab, keeping its own rel', () => {
		const a = link(run('<a href="https://example.com/" target="_blank" rel="license">x</a>'));
		expect(a.properties['rel']).toEqual(['license', 'external', 'noopener', 'noreferrer']);
	});

	test.each([
		['a root-relative link', '<a href="/aws-ec2-notes/eni/">ENI</a>'],
		['a link to the site itself', '<a href="https://owner.github.io/aws-ec2-notes/">홈</a>'],
		['an anchor', '<a href="#인스턴스-상태">상태</a>'],
		['a mail link', '<a href="mailto:someone@example.com">메일</a>'],
		['an anchor without href', '<a id="here">여기</a>'],
	])('leaves %s alone', (_name, html) => {
		expect(run(html)).toEqual(fromHtml(html, { fragment: true }));
	});

	test('finds links nested anywhere and marks each once, even when run twice', () => {
		const tree = run(
			'<ul><li><p><a href="https://a.example/">a</a></p></li><li><a href="https://b.example/">b</a></li></ul>',
		);
		mark(tree);
		expect(selectAll('a[rel~="external"]', tree)).toHaveLength(2);
		expect(selectAll('a svg', tree)).toHaveLength(2);
		expect(selectAll('a .sr-only', tree)).toHaveLength(2);
	});
});

describe('satteriExternalLinks, through Sätteri as the build runs it', () => {
	const html = (markdown: string) =>
		markdownToHtml(markdown, { hastPlugins: [satteriExternalLinks({ site: SITE })] }).html;

	test.each([
		[
			'a link to AWS',
			'[AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html)',
			{ rel: ['external'], icons: 1 },
		],
		// Sätteri hands raw HTML on as raw, unseen by element plugins: only Markdown links are marked.
		['raw HTML, left as written', '<a href="https://example.com/">x</a>', { rel: [], icons: 0 }],
		['a link to the site itself', '[홈](https://owner.github.io/aws-ec2-notes/)', { rel: [], icons: 0 }],
		['a root-relative link', '[ENI](/aws-ec2-notes/eni/)', { rel: [], icons: 0 }],
	])('marks %s', (_name, markdown, expected) => {
		const tree = fromHtml(html(markdown), { fragment: true });
		expect(select('a', tree)?.properties['rel'] ?? []).toEqual(expected.rel);
		expect(selectAll('svg.external-link__icon', tree)).toHaveLength(expected.icons);
		expect(selectAll('.sr-only', tree).map((label) => toText(label).trim())).toEqual(
			expected.icons ? [EXTERNAL_LABEL] : [],
		);
	});
});
