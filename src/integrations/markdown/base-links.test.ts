import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriBaseLinks } from './base-links.ts';

describe('satteriBaseLinks, through Sätteri as the build runs it', () => {
	const plugins = { mdastPlugins: [satteriBaseLinks({ base: '/aws-ec2-notes' })] };

	test.each([
		['a Markdown link', '[ENI](/eni/)', 'href="/aws-ec2-notes/eni/"'],
		[
			'a reference definition',
			'[AMI][a]\n\n[a]: /ami/#ami-유형',
			`href="${encodeURI('/aws-ec2-notes/ami/#ami-유형')}"`,
		],
		['an image', '![그림](/favicon.svg)', 'src="/aws-ec2-notes/favicon.svg"'],
		['an external link, unchanged', '[AWS](https://aws.amazon.com/)', 'href="https://aws.amazon.com/"'],
		['an anchor, unchanged', '[상태](#상태)', `href="${encodeURI('#상태')}"`],
	])('bases %s', (_name, markdown, expected) => {
		expect(markdownToHtml(markdown, plugins).html).toContain(expected);
	});

	test('bases MDX link props, keeps other props and the element’s children', () => {
		const { code } = mdxToJs(
			'<LinkCard href="/placement-groups/" title="/not-a-link/">\n  [안](/eni/)\n</LinkCard>',
			plugins,
		);
		expect(code).toContain('href: "/aws-ec2-notes/placement-groups/"');
		expect(code).toContain('title: "/not-a-link/"');
		expect(code).toContain('href: "/aws-ec2-notes/eni/"');
	});
});
