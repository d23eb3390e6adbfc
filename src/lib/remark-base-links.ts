import type { Node, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { withBase } from './site-url.ts';

/** MDX component props that carry a link: Starlight's `<LinkCard href>` and plain `<a href>`. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/**
 * Remark plugin: Markdown links (`[x](/eni/)`) and link props of MDX elements (`<LinkCard href="/eni/">`)
 * written root-relative get the site's base path, so content is written once and deploys anywhere.
 */
export function remarkBaseLinks(options: { base: string }) {
	const { base } = options;
	// Typed as any unist tree: remark hands over an mdast root with MDX nodes in it.
	return (tree: Node) =>
		visit(tree as Root, (node) => {
			if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) {
				node.url = withBase(base, node.url);
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of node.attributes) {
					if (
						attribute.type === 'mdxJsxAttribute' &&
						LINK_ATTRIBUTES.has(attribute.name) &&
						typeof attribute.value === 'string'
					) {
						attribute.value = withBase(base, attribute.value);
					}
				}
			}
		});
}
