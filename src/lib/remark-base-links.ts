import { withBase } from './site-url.ts';

/** The slice of mdast/MDX node shape this plugin reads; kept local so no mdast types are needed. */
interface TreeNode {
	type: string;
	url?: string;
	name?: string | null;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: TreeNode[];
}

/** MDX component props that carry a link: Starlight's `<LinkCard href>` and plain `<a href>`. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/**
 * Remark plugin: Markdown links (`[x](/eni/)`) and link props of MDX elements (`<LinkCard href="/eni/">`)
 * written root-relative get the site's base path, so content is written once and deploys anywhere.
 */
export function remarkBaseLinks(options: { base: string }) {
	const { base } = options;
	const visit = (node: TreeNode): void => {
		if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) {
			node.url = withBase(base, node.url);
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			for (const attribute of node.attributes ?? []) {
				if (
					attribute.type === 'mdxJsxAttribute' &&
					attribute.name !== undefined &&
					LINK_ATTRIBUTES.has(attribute.name) &&
					typeof attribute.value === 'string'
				) {
					attribute.value = withBase(base, attribute.value);
				}
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: TreeNode) => visit(tree);
}
