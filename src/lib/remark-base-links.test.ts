import { expect, test } from 'vitest';
import { remarkBaseLinks } from './remark-base-links.ts';

test('prefixes root-relative Markdown links and MDX link props, and nothing else', () => {
	const tree = {
		type: 'root',
		children: [
			{
				type: 'paragraph',
				children: [
					{ type: 'link', url: '/eni/', children: [] },
					{ type: 'link', url: 'https://aws.amazon.com/', children: [] },
				],
			},
			{ type: 'definition', url: '/ami/#ami-유형' },
			{
				type: 'mdxJsxFlowElement',
				name: 'LinkCard',
				attributes: [
					{ type: 'mdxJsxAttribute', name: 'href', value: '/placement-groups/' },
					{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link/' },
				],
				children: [],
			},
		],
	};
	remarkBaseLinks({ base: '/aws-ec2-notes' })(tree);
	expect(JSON.stringify(tree)).toContain('"/aws-ec2-notes/eni/"');
	expect(JSON.stringify(tree)).toContain('"https://aws.amazon.com/"');
	expect(JSON.stringify(tree)).toContain('"/aws-ec2-notes/ami/#ami-유형"');
	expect(JSON.stringify(tree)).toContain('"/aws-ec2-notes/placement-groups/"');
	expect(JSON.stringify(tree)).toContain('"/not-a-link/"');
});
