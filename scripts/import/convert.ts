/**
 * Turns a parsed Hashnode export into an MDX page shaped like the hand-made EC2 pages.
 * Pure: image downloads and file writes belong to the caller (`scripts/import/cli.ts`).
 */
import type {
	Delete,
	Emphasis,
	Heading,
	Html,
	Image,
	Link,
	Nodes,
	Paragraph,
	PhrasingContent,
	Root,
	RootContent,
	Strong,
	Table,
	TableCell,
	Text,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Join, type Options as ToMarkdownOptions, type State } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { SKIP, visit } from 'unist-util-visit';
import { stringify as stringifyYaml } from 'yaml';
import { fixTypos } from './fidelity.ts';
import { ExportError, type HashnodeExport } from './parse.ts';

/** One image of the export, in document order. */
export interface ExportImage {
	/** 1-based, in document order; names the local file (`image-1.png`). */
	index: number;
	url: string;
	/** The export's alt text (Hashnode usually leaves it empty). */
	alt: string;
	/** The paragraph right after the image, which Hashnode authors use as its caption. */
	caption: string;
	/** Alt text to use: the export's, else built from the caption, else from the page title. */
	suggestedAlt: string;
	/** Where the image belongs in the site, relative to the repository root (`src/assets/<slug>/image-1.png`). */
	assetPath: string;
	/** 1-based line in the export file. */
	line: number;
}

export interface ConvertOptions {
	/**
	 * Downloaded images: remote URL → path of the local file relative to the repository root. Images without an
	 * entry become a placeholder comment, because the site never loads anything from another host.
	 */
	localImages?: ReadonlyMap<string, string>;
}

export interface ConvertResult {
	/** `src/content/docs/<slug>.mdx`, relative to the repository root. */
	pagePath: string;
	mdx: string;
	images: ExportImage[];
	/** Captions chosen for the tables, in order, so the author can review them. */
	tableCaptions: string[];
	/** How often each allowed typo fix was applied, e.g. `온디맨스 → 온디맨드` → 1. */
	typoFixes: Map<string, number>;
	/** Things converted with a loss of form (not of words) that the author should look at. */
	warnings: string[];
}

/** Inline HTML tags carried over as elements; any other tag is shown literally, as text. */
const INLINE_TAGS = new Set(['mark', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup', 'kbd', 'small', 'code']);
const VOID_TAGS = new Set(['br']);
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Hashnode writes `![](url align="center")`, which CommonMark reads as text; drop the attribute before parsing. */
export function normaliseHashnodeImages(markdown: string): string {
	return markdown.replace(/(!\[[^\]\n]*\]\()(\S+?)\s+align="[a-z]*"\)/g, '$1$2)');
}

/** Hashnode pads list items with blank lines; the pages use tight lists, so only real paragraphs stay apart. */
const tightLists: Join = (left, right, parent) => {
	if (parent.type === 'list') return 0;
	if (parent.type === 'listItem') return left.type === 'list' || right.type === 'list' ? 0 : 1;
	return undefined;
};

/**
 * How the pages are written: MDX (so `{` `<` are escaped), GFM strikethrough and task lists, `-` bullets,
 * `*` emphasis, `---` rules. GFM autolink literals are left out on purpose: their escaping (`https\://`) is only
 * needed for text that was not parsed with GFM, and the export was.
 */
const MDX_OPTIONS: ToMarkdownOptions = {
	extensions: [mdxToMarkdown(), gfmStrikethroughToMarkdown(), gfmTaskListItemToMarkdown()],
	bullet: '-',
	emphasis: '*',
	rule: '-',
	listItemIndent: 'one',
	unsafe: [
		// Escaped in pairs with `{` and `[`, so expressions and brackets read as text on their face: `\{a\}`, `\[b\]`.
		{ character: '}', inConstruct: 'phrasing' },
		{ character: ']', inConstruct: 'phrasing' },
		// Starlight reads a line that starts with `:::` as an aside (remark-directive).
		{ atBreak: true, character: ':' },
	],
	join: [tightLists],
};

/**
 * Escapes text so MDX shows it as written (`{` `}` would start a JavaScript expression, `<` a JSX tag,
 * `&amp;` a character reference, `* _ ~ [ ] \` `` ` `` Markdown syntax), with the page serialiser's own rules.
 * `atLineStart` also escapes what would turn a line into a heading, quote, list item or `:::` directive.
 */
export function escapeText(text: string, atLineStart: boolean): string {
	let escaped = '';
	toMarkdown(
		{ type: 'root', children: [] },
		{
			...MDX_OPTIONS,
			handlers: {
				root(_node, _parent, state) {
					const exit = state.enter('phrasing');
					escaped = state.safe(text, { before: atLineStart ? '\n' : '', after: '' });
					exit();
					return '';
				},
			},
		},
	);
	return escaped;
}

/** Text for an HTML attribute written as `name="…"`. */
function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The words of a node, as a reader sees them (no image alt text, no raw HTML). */
function plain(node: Nodes): string {
	return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** A JavaScript comment for an MDX `{…}` expression; `*\/` in the text would end it early. */
function comment(text: string): string {
	return `/*${text.replace(/\*\//g, '* /')}*/`;
}

/** Nodes whose children are inline content, where `<mark>` and `</mark>` need pairing. */
type PhrasingParent = Heading | Paragraph | TableCell | Strong | Emphasis | Delete | Link;

/**
 * Reshapes the parsed export into the page's MDX tree in one walk, in document order, then lets
 * `mdast-util-to-markdown` write it; only tables have their own writer, to get the EC2 pages' shape.
 */
class Converter {
	readonly images: ExportImage[] = [];
	readonly tableCaptions: string[] = [];
	readonly typoFixes = new Map<string, number>();
	readonly warnings: string[] = [];
	usesTableScroll = false;
	private heading: string | undefined;
	/** Tables so far under each caption, so a second table under one heading gets "(2)". */
	private readonly captionCounts = new Map<string, number>();
	private readonly captions = new Map<Table, string>();
	/** Text made from HTML the page shows as typed; typo fixes apply to the note's words only. */
	private readonly literal = new WeakSet<Text>();
	private readonly note: HashnodeExport;
	private readonly localImages: ReadonlyMap<string, string>;

	constructor(note: HashnodeExport, localImages: ReadonlyMap<string, string>) {
		this.note = note;
		this.localImages = localImages;
	}

	/** 1-based line of a node in the export file. */
	line(node: { position?: { start: { line: number } } | undefined }): number {
		return (node.position?.start.line ?? 1) + this.note.bodyLine - 1;
	}

	fail(node: Nodes, problem: string): never {
		throw new ExportError(`${this.line(node)}번째 줄: ${problem}`);
	}

	/** Applies the allowed typo fixes, counting each, so the page matches what the fidelity check expects. */
	fixTypos(text: string): string {
		return fixTypos(text, (found, replacement) => {
			const key = `${found} → ${replacement}`;
			this.typoFixes.set(key, (this.typoFixes.get(key) ?? 0) + 1);
		});
	}

	/** The page body as MDX. */
	mdx(tree: Root): string {
		this.reshape(tree);
		return toMarkdown(tree, {
			...MDX_OPTIONS,
			handlers: { table: (node: Table, _parent, state) => this.table(node, state) },
		});
	}

	reshape(tree: Root): void {
		visit(tree, (node, index, parent) => {
			if (!parent || index === undefined) return; // the root
			const siblings = parent.children as RootContent[];
			/** Puts `nodes` where this node was, and goes on after them. */
			const replace = (...nodes: RootContent[]): [typeof SKIP, number] => {
				siblings.splice(index, 1, ...nodes);
				return [SKIP, index + nodes.length];
			};
			switch (node.type) {
				case 'blockquote':
				case 'list':
				case 'listItem':
				case 'tableRow':
				case 'code':
				case 'thematicBreak':
				case 'mdxJsxTextElement':
					return;
				case 'heading':
					this.heading = plain(node);
					// The page title is the only h1, so a `#` heading in the body moves down one level.
					node.depth = Math.max(2, node.depth) as Heading['depth'];
					return this.pairTags(node);
				case 'paragraph': {
					const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
					if (meaningful.length === 0 || !meaningful.every((child) => child.type === 'image')) {
						return this.pairTags(node);
					}
					// Hashnode authors put an image's caption in the paragraph right after it.
					const next = siblings[index + 1];
					const caption = next?.type === 'paragraph' ? plain(next) : '';
					return replace(
						...(meaningful as Image[]).map((image): RootContent => {
							const shown = this.image(image, caption);
							return typeof shown === 'string'
								? { type: 'mdxFlowExpression', value: shown }
								: { type: 'paragraph', children: [shown] };
						}),
					);
				}
				case 'table':
					this.caption(node);
					return;
				case 'tableCell':
				case 'strong':
				case 'emphasis':
				case 'delete':
				case 'link':
					return this.pairTags(node);
				case 'text':
					if (!this.literal.has(node)) node.value = this.fixTypos(node.value);
					return;
				case 'inlineCode':
					node.value = this.fixTypos(node.value);
					return;
				case 'break':
					return replace({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });
				case 'image': {
					const shown = this.image(node, '');
					return replace(typeof shown === 'string' ? { type: 'mdxTextExpression', value: shown } : shown);
				}
				case 'html': {
					// Inline HTML is paired or made text with its paragraph, so this is an HTML block.
					const html = /^<!--([\s\S]*?)-->$/.exec(node.value.trim());
					if (html) return replace({ type: 'mdxFlowExpression', value: comment(html[1] ?? '') });
					this.warnings.push(`${this.line(node)}번째 줄: HTML 블록을 글자 그대로 옮겼습니다`);
					return replace({ type: 'paragraph', children: [this.literalText(node.value)] });
				}
				case 'definition':
					return replace();
				default:
					return this.fail(node, `Hashnode 노트에서 예상하지 못한 문법(${node.type})이라 옮기지 않았습니다`);
			}
		});
	}

	literalText(value: string): Text {
		const text: Text = { type: 'text', value };
		this.literal.add(text);
		return text;
	}

	/** Names a table after its section heading (or the page title), numbering repeats, and drops fake row headers. */
	caption(node: Table): void {
		this.usesTableScroll = true;
		const base = this.heading ?? this.note.title;
		const count = (this.captionCounts.get(base) ?? 0) + 1;
		this.captionCounts.set(base, count);
		const caption = count === 1 ? base : `${base} (${count})`;
		this.tableCaptions.push(caption);
		this.captions.set(node, caption);
		if (columnsOf(node) === 1) return;
		for (const row of node.children) {
			const [first] = row.children;
			const [only, ...rest] = first?.children ?? [];
			// A row header is bold already; Hashnode authors bold the first column to fake one.
			if (first && only?.type === 'strong' && rest.length === 0) first.children = only.children;
		}
	}

	/**
	 * A Hashnode table has no header row (its first row is data), so the table gets the EC2 pages' shape:
	 * a caption from the section heading, generic column headers, and the first column as row headers.
	 * Written line by line as HTML in MDX: the JSX writer would indent every nested line.
	 */
	table(node: Table, state: State): string {
		const caption = this.captions.get(node) ?? this.note.title;
		const columns = columnsOf(node);
		const headers =
			columns === 1
				? ['항목']
				: columns === 2
					? ['항목', '설명']
					: ['항목', ...Array.from({ length: columns - 1 }, (_, index) => `내용 ${index + 1}`)];
		const rowHeaders = columns > 1;
		const exit = state.enter('phrasing');
		const inside = { before: '>', after: '<', now: { line: 1, column: 1 }, lineShift: 0 };
		const rows = node.children.map((row) => {
			const cells = Array.from({ length: columns }, (_, index) => {
				const cell = row.children[index];
				const content = cell ? state.containerPhrasing(cell, inside) : '';
				return index === 0 && rowHeaders ? `<th scope="row">${content}</th>` : `<td>${content}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		});
		const captionText = state.safe(caption, inside);
		exit();
		return [
			`<TableScroll label="${attribute(`${caption} 표`)}">`,
			'<table>',
			`<caption>${captionText}</caption>`,
			'<thead>',
			`<tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr>`,
			'</thead>',
			'<tbody>',
			...rows,
			'</tbody>',
			'</table>',
			'</TableScroll>',
		].join('\n');
	}

	/** Records an export image; returns the downloaded image to show, or the comment naming the file to supply. */
	image(node: Image, caption: string): Image | string {
		const index = this.images.length + 1;
		const path = new URL(node.url, 'https://hashnode.invalid/').pathname;
		const extension = (IMAGE_EXTENSIONS.exec(path)?.[1] ?? 'png').toLowerCase().replace('jpeg', 'jpg');
		const suggestedAlt = node.alt?.trim() || (caption ? `스크린샷: ${caption}` : `${this.note.title} 그림 ${index}`);
		const image: ExportImage = {
			index,
			url: node.url,
			alt: node.alt ?? '',
			caption,
			suggestedAlt,
			assetPath: `src/assets/${this.note.slug}/image-${index}.${extension}`,
			line: this.line(node),
		};
		this.images.push(image);
		const shown = (file: string): Image => ({
			type: 'image',
			url: `../../${file.replace(/^src\//, '')}`,
			alt: suggestedAlt,
		});
		const local = this.localImages.get(node.url);
		if (local) return shown(local);
		const target = toMarkdown({ type: 'paragraph', children: [shown(image.assetPath)] }, MDX_OPTIONS).trimEnd();
		return comment(
			` 이미지 ${index}: 원본을 ${image.assetPath}에 넣고 이 줄을 ${target} 로 바꾸세요 (또는 --fetch-images로 다시 가져오기) `,
		);
	}

	/**
	 * Pairs `<mark>` and `</mark>` (and the other allowed inline tags), which Markdown leaves as separate
	 * siblings, into JSX elements: MDX needs every tag closed inside the same paragraph. Other tags become text.
	 */
	pairTags(parent: PhrasingParent): void {
		const root: PhrasingContent[] = [];
		const open: { name: string; children: PhrasingContent[]; node: Html }[] = [];
		const here = () => open.at(-1)?.children ?? root;
		for (const node of parent.children) {
			if (node.type !== 'html') {
				here().push(node);
				continue;
			}
			if (/^<!--[\s\S]*-->$/.test(node.value)) continue;
			const tag = /^<(\/?)([a-z][a-z0-9]*)(?:\s[^>]*)?\s*(\/?)>$/i.exec(node.value);
			const name = tag?.[2]?.toLowerCase() ?? '';
			if (!tag || !(INLINE_TAGS.has(name) || VOID_TAGS.has(name))) {
				// Shown as typed: the serialiser escapes its `<`.
				here().push(this.literalText(node.value));
			} else if (VOID_TAGS.has(name)) {
				if (tag[1] !== '/') here().push({ type: 'mdxJsxTextElement', name, attributes: [], children: [] });
			} else if (tag[1] === '/') {
				const top = open.pop();
				if (!top || top.name !== name) this.fail(node, `</${name}>에 짝이 되는 <${name}>이 같은 문단 안에 없습니다`);
				here().push({ type: 'mdxJsxTextElement', name, attributes: [], children: top.children });
			} else {
				open.push({ name, children: [], node });
			}
		}
		const unclosed = open.at(-1);
		if (unclosed) this.fail(unclosed.node, `<${unclosed.name}>이 같은 문단 안에서 닫히지 않습니다`);
		parent.children = root as typeof parent.children;
	}
}

function columnsOf(table: Table): number {
	return Math.max(...table.children.map((row) => row.children.length));
}

/** The front matter the site's schema accepts; `slug` stays out because the file name is the page id. */
function frontMatter(note: HashnodeExport): string {
	const data: Record<string, unknown> = { title: note.title };
	if (note.seoDescription) data['description'] = note.seoDescription;
	if (note.seoTitle) data['seoTitle'] = note.seoTitle;
	if (note.seoDescription) data['seoDescription'] = note.seoDescription;
	if (note.datePublished) data['datePublished'] = note.datePublished;
	if (note.cuid) data['cuid'] = note.cuid;
	if (note.tags.length > 0) data['tags'] = note.tags;
	// Every string quoted: Astro reads front matter with js-yaml, which would turn a bare 2025-06-25 into a date.
	const yaml = stringifyYaml(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
	return `---\n${yaml}---\n`;
}

/** Parses the body of an export as Hashnode's Markdown (CommonMark + GFM tables, lists and strikethrough). */
export function parseBody(markdown: string) {
	return fromMarkdown(normaliseHashnodeImages(markdown), {
		extensions: [gfm()],
		mdastExtensions: [gfmFromMarkdown()],
	});
}

/**
 * Converts a checked export into the MDX page for `src/content/docs/<slug>.mdx`.
 * @throws ExportError naming the line, when the body holds something that cannot be carried over faithfully.
 */
export function convertExport(note: HashnodeExport, options: ConvertOptions = {}): ConvertResult {
	const converter = new Converter(note, options.localImages ?? new Map());
	const body = converter.mdx(parseBody(note.body));
	const imports = converter.usesTableScroll
		? "import TableScroll from '../../components/content/TableScroll.astro';\n\n"
		: '';
	return {
		pagePath: `src/content/docs/${note.slug}.mdx`,
		mdx: `${frontMatter(note)}\n${imports}${body}`,
		images: converter.images,
		tableCaptions: converter.tableCaptions,
		typoFixes: converter.typoFixes,
		warnings: converter.warnings,
	};
}
