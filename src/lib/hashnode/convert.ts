/**
 * Turns a parsed Hashnode export into an MDX page shaped like the hand-made EC2 pages.
 * Pure: image downloads and file writes belong to the caller (`scripts/import.ts`).
 */
import type {
	Blockquote,
	Code,
	Heading,
	Html,
	Image,
	List,
	Nodes,
	Paragraph,
	PhrasingContent,
	RootContent,
	Table,
	TableCell,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
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

/** Characters that mean something to Markdown or MDX wherever they stand in text. */
const TEXT_SPECIALS = /[\\`*_~[\]{}<]|&(?=#?[a-z0-9]+;)/gi;

/**
 * Escapes text so MDX shows it as written: `{` `}` would start a JavaScript expression, `<` a JSX tag,
 * `&amp;` a character reference, and `* _ ~ [ ] \` `` ` `` Markdown syntax.
 */
export function escapeText(text: string, atLineStart: boolean): string {
	return text
		.split('\n')
		.map((line, index) => {
			const escaped = line.replace(TEXT_SPECIALS, (char) => `\\${char}`);
			return atLineStart || index > 0 ? escapeLineStart(escaped) : escaped;
		})
		.join('\n');
}

/** Escapes what would turn a line into a heading, quote, list item, setext underline or `:::` directive. */
function escapeLineStart(line: string): string {
	return line.replace(
		/^([ \t]*)(?:([#>+=:-])|(\d+)([.)]))/,
		(_, space: string, mark?: string, digits?: string, dot?: string) =>
			mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
	);
}

/** Text for an HTML attribute written as `name="…"`. */
function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Inline content after pairing HTML tags: `<mark>…</mark>` becomes one element node. */
type Inline = PhrasingContent | { type: 'element'; name: string; children: Inline[] };

class Converter {
	readonly images: ExportImage[] = [];
	readonly tableCaptions: string[] = [];
	readonly typoFixes = new Map<string, number>();
	readonly warnings: string[] = [];
	usesTableScroll = false;
	private heading: string | undefined;
	/** Tables so far under each caption, so a second table under one heading gets "(2)". */
	private readonly captionCounts = new Map<string, number>();
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

	blocks(nodes: readonly RootContent[]): string {
		const parts: string[] = [];
		nodes.forEach((node, index) => {
			const text = this.block(node, nodes[index + 1]);
			if (text !== '') parts.push(text);
		});
		return parts.join('\n\n');
	}

	block(node: RootContent, next: RootContent | undefined): string {
		switch (node.type) {
			case 'heading':
				return this.headingBlock(node);
			case 'paragraph':
				return this.paragraph(node, next);
			case 'blockquote':
				return this.blockquote(node);
			case 'list':
				return this.list(node);
			case 'table':
				return this.table(node);
			case 'code':
				return this.code(node);
			case 'thematicBreak':
				return '---';
			case 'html':
				return this.htmlBlock(node);
			case 'definition':
				return '';
			default:
				return this.fail(node, `Hashnode 노트에서 예상하지 못한 문법(${node.type})이라 옮기지 않았습니다`);
		}
	}

	headingBlock(node: Heading): string {
		this.heading = plain(node.children);
		// The page title is the only h1, so a `#` heading in the body moves down one level.
		return `${'#'.repeat(Math.max(2, node.depth))} ${this.phrasing(node.children, false)}`;
	}

	paragraph(node: Paragraph, next: RootContent | undefined): string {
		const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
		if (meaningful.length > 0 && meaningful.every((child) => child.type === 'image')) {
			const caption = next?.type === 'paragraph' ? plain(next.children) : '';
			return meaningful.map((image) => this.image(image as Image, caption)).join('\n\n');
		}
		return this.phrasing(node.children, true);
	}

	blockquote(node: Blockquote): string {
		return this.blocks(node.children)
			.split('\n')
			.map((line) => (line === '' ? '>' : `> ${line}`))
			.join('\n');
	}

	list(node: List): string {
		const start = node.start ?? 1;
		return node.children
			.map((item, index) => {
				const marker = node.ordered ? `${start + index}.` : '-';
				const task = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
				// Hashnode pads items with blank lines; the pages use tight lists, so only real paragraphs stay apart.
				const parts = item.children.map((child, childIndex) => ({
					text: this.block(child, item.children[childIndex + 1]),
					isList: child.type === 'list',
				}));
				let body = '';
				parts.forEach((part, partIndex) => {
					if (partIndex > 0) body += part.isList || parts[partIndex - 1]?.isList ? '\n' : '\n\n';
					body += part.text;
				});
				const indent = ' '.repeat(marker.length + 1);
				return `${marker} ${task}${body}`
					.split('\n')
					.map((line, lineIndex) => (lineIndex === 0 || line === '' ? line : `${indent}${line}`))
					.join('\n')
					.trimEnd();
			})
			.join('\n');
	}

	/**
	 * A Hashnode table has no header row (its first row is data), so the table gets the EC2 pages' shape:
	 * a caption from the section heading, generic column headers, and the first column as row headers.
	 */
	table(node: Table): string {
		this.usesTableScroll = true;
		const base = this.heading ?? this.note.title;
		const count = (this.captionCounts.get(base) ?? 0) + 1;
		this.captionCounts.set(base, count);
		const caption = count === 1 ? base : `${base} (${count})`;
		this.tableCaptions.push(caption);

		const columns = Math.max(...node.children.map((row) => row.children.length));
		const headers =
			columns === 1
				? ['항목']
				: columns === 2
					? ['항목', '설명']
					: ['항목', ...Array.from({ length: columns - 1 }, (_, index) => `내용 ${index + 1}`)];
		const rowHeaders = columns > 1;
		const rows = node.children.map((row) => {
			const cells = Array.from({ length: columns }, (_, index) => {
				const cell = row.children[index];
				const content = cell ? this.cell(cell, index === 0 && rowHeaders) : '';
				return index === 0 && rowHeaders ? `<th scope="row">${content}</th>` : `<td>${content}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		});
		return [
			`<TableScroll label="${attribute(`${caption} 표`)}">`,
			'<table>',
			`<caption>${escapeText(caption, false)}</caption>`,
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

	cell(cell: TableCell, isRowHeader: boolean): string {
		const [only, ...rest] = cell.children;
		// A row header is bold already; Hashnode authors bold the first column to fake one.
		if (isRowHeader && only?.type === 'strong' && rest.length === 0) return this.phrasing(only.children, false);
		return this.phrasing(cell.children, false);
	}

	code(node: Code): string {
		const longest = Math.max(2, ...[...node.value.matchAll(/`+/g)].map(([run]) => run.length));
		const fence = '`'.repeat(longest + 1);
		const info = [node.lang, node.meta].filter(Boolean).join(' ');
		return `${fence}${info}\n${node.value}\n${fence}`;
	}

	htmlBlock(node: Html): string {
		const comment = /^<!--([\s\S]*?)-->$/.exec(node.value.trim());
		if (comment) return `{/*${(comment[1] ?? '').replace(/\*\//g, '* /')}*/}`;
		this.warnings.push(`${this.line(node)}번째 줄: HTML 블록을 글자 그대로 옮겼습니다`);
		return escapeText(node.value, true);
	}

	image(node: Image, caption: string): string {
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
		const local = this.localImages.get(node.url);
		const alt = escapeText(suggestedAlt, false);
		if (local) return `![${alt}](../../${local.replace(/^src\//, '')})`;
		const target = `![${alt}](../../${image.assetPath.replace(/^src\//, '')})`;
		const todo = `이미지 ${index}: 원본을 ${image.assetPath}에 넣고 이 줄을 ${target} 로 바꾸세요 (또는 --fetch-images로 다시 가져오기)`;
		return `{/* ${todo.replace(/\*\//g, '* /')} */}`;
	}

	/** Inline content on one line of MDX; `atLineStart` when nothing precedes it on its line. */
	phrasing(nodes: readonly PhrasingContent[], atLineStart: boolean): string {
		let out = '';
		for (const node of this.pairTags(nodes)) {
			out += this.inline(node, out === '' ? atLineStart : out.endsWith('\n'));
		}
		return out;
	}

	inline(node: Inline, atLineStart: boolean): string {
		switch (node.type) {
			case 'text':
				return escapeText(this.fixTypos(node.value), atLineStart);
			case 'strong':
				return `**${this.phrasing(node.children, false)}**`;
			case 'emphasis':
				return `*${this.phrasing(node.children, false)}*`;
			case 'delete':
				return `~~${this.phrasing(node.children, false)}~~`;
			case 'inlineCode':
				return codeSpan(this.fixTypos(node.value));
			case 'break':
				return '<br />';
			case 'link': {
				const title = node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : '';
				return `[${this.phrasing(node.children, false)}](${destination(node.url)}${title})`;
			}
			case 'image':
				return this.image(node, '');
			case 'element':
				if (VOID_TAGS.has(node.name)) return `<${node.name} />`;
				return `<${node.name}>${node.children.map((child) => this.inline(child, false)).join('')}</${node.name}>`;
			case 'html':
				// Tags pairTags did not keep (unknown tags, stray comments) are shown as typed.
				return escapeText(node.value, atLineStart);
			default:
				return this.fail(node, `Hashnode 노트에서 예상하지 못한 문법(${node.type})이라 옮기지 않았습니다`);
		}
	}

	/**
	 * Pairs `<mark>` and `</mark>` (and the other allowed inline tags), which Markdown leaves as separate
	 * siblings, into elements; MDX needs every tag closed inside the same paragraph.
	 */
	pairTags(nodes: readonly PhrasingContent[]): Inline[] {
		const root: Inline[] = [];
		const open: { name: string; children: Inline[]; node: Html }[] = [];
		const here = () => open.at(-1)?.children ?? root;
		for (const node of nodes) {
			if (node.type !== 'html') {
				here().push(node);
				continue;
			}
			if (/^<!--[\s\S]*-->$/.test(node.value)) continue;
			const tag = /^<(\/?)([a-z][a-z0-9]*)(?:\s[^>]*)?\s*(\/?)>$/i.exec(node.value);
			const name = tag?.[2]?.toLowerCase() ?? '';
			if (!tag || !(INLINE_TAGS.has(name) || VOID_TAGS.has(name))) {
				here().push(node);
			} else if (VOID_TAGS.has(name)) {
				if (tag[1] !== '/') here().push({ type: 'element', name, children: [] });
			} else if (tag[1] === '/') {
				const top = open.pop();
				if (!top || top.name !== name) this.fail(node, `</${name}>에 짝이 되는 <${name}>이 같은 문단 안에 없습니다`);
				const children = open.at(-1)?.children ?? root;
				children.push({ type: 'element', name, children: top.children });
			} else {
				open.push({ name, children: [], node });
			}
		}
		const unclosed = open.at(-1);
		if (unclosed) this.fail(unclosed.node, `<${unclosed.name}>이 같은 문단 안에서 닫히지 않습니다`);
		return root;
	}
}

/** The words of inline content, as a reader sees them. */
function plain(nodes: readonly PhrasingContent[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'text' || node.type === 'inlineCode') return node.value;
			if ('children' in node) return plain(node.children);
			return '';
		})
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

function codeSpan(value: string): string {
	const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map(([run]) => run.length));
	const ticks = '`'.repeat(longest + 1);
	const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : '';
	return `${ticks}${pad}${value}${pad}${ticks}`;
}

/** A link destination that survives Markdown: spaces and angle brackets encoded, parentheses escaped. */
function destination(url: string): string {
	return url.replace(/ /g, '%20').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/[()]/g, '\\$&');
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
	const body = converter.blocks(parseBody(note.body).children);
	const imports = converter.usesTableScroll
		? "import TableScroll from '../../components/content/TableScroll.astro';\n\n"
		: '';
	return {
		pagePath: `src/content/docs/${note.slug}.mdx`,
		mdx: `${frontMatter(note)}\n${imports}${body}\n`,
		images: converter.images,
		tableCaptions: converter.tableCaptions,
		typoFixes: converter.typoFixes,
		warnings: converter.warnings,
	};
}
