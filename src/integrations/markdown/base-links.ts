import { defineMdastPlugin, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { withBase } from '../../lib/site/site-url.ts';

/** MDX component props that carry a link: Starlight's `<LinkCard href>` and plain `<a href>`. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/** An MDX element's attributes with link props based; `undefined` when none changes. */
function basedAttributes(
	attributes: readonly { type: string; name?: string; value?: unknown }[],
	base: string,
): typeof attributes | undefined {
	let changed = false;
	const based = attributes.map((attribute) => {
		if (
			attribute.type !== 'mdxJsxAttribute' ||
			attribute.name === undefined ||
			!LINK_ATTRIBUTES.has(attribute.name) ||
			typeof attribute.value !== 'string'
		)
			return attribute;
		const value = withBase(base, attribute.value);
		if (value === attribute.value) return attribute;
		changed = true;
		return { ...attribute, value };
	});
	return changed ? based : undefined;
}

/**
 * Sätteri MDAST plugin (Astro's native Markdown and MDX pipeline): Markdown links (`[x](/eni/)`) and link props
 * of MDX elements (`<LinkCard href="/eni/">`) written root-relative get the site's base path, so content is
 * written once and deploys anywhere.
 */
export function satteriBaseLinks(options: { base: string }) {
	const { base } = options;
	// Sätteri cannot set `attributes` in place; the element is replaced by a copy with based attributes.
	const element = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>): N | undefined => {
		const attributes = basedAttributes(node.attributes, base);
		return attributes ? ({ ...node, attributes } as N) : undefined;
	};
	return defineMdastPlugin({
		name: 'base-links',
		link: (node, ctx) => ctx.setProperty(node, 'url', withBase(base, node.url)),
		definition: (node, ctx) => ctx.setProperty(node, 'url', withBase(base, node.url)),
		image: (node, ctx) => ctx.setProperty(node, 'url', withBase(base, node.url)),
		mdxJsxFlowElement: element,
		mdxJsxTextElement: element,
	});
}
