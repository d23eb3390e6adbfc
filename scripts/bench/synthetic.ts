/**
 * Synthetic Korean pages for the build-scaling benchmark, made from the real notes' text so the search index
 * sees real Korean words, yet each page a different mix so Pagefind cannot fold pages together.
 */

/** A real page's title and its Markdown blocks (paragraphs, lists, headings, tables). */
export interface SourcePage {
	title: string;
	blocks: readonly string[];
}

/** One generated page: where it goes under `src/content/docs/` and its Markdown with front matter. */
export interface SyntheticPage {
	path: string;
	markdown: string;
}

/**
 * The plain Markdown blocks of a page body (front matter already removed): paragraphs, lists, quotes,
 * headings and HTML tables. Component tags and imports are dropped, since plain `.md` cannot hold them.
 */
export function markdownBlocks(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(
			(block) => block !== '' && !block.startsWith('import ') && (!block.startsWith('<') || /^<table\b/.test(block)),
		)
		.filter((block) => !/^<\/?[A-Z]/m.test(block));
}

/** A small seeded generator (mulberry32), so every run builds the same synthetic site. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `count` pages under `synthetic/`, each titled after one real page and holding about as many blocks as an
 * average real page, drawn from all pages' blocks in a seeded order.
 */
export function syntheticPages(count: number, sources: readonly SourcePage[]): SyntheticPage[] {
	const pool = sources.flatMap((source) => source.blocks);
	if (pool.length === 0 || sources.length === 0) throw new Error('synthetic pages need at least one source block');
	const blocksPerPage = Math.max(1, Math.round(pool.length / sources.length));
	const digits = String(count).length;
	return Array.from({ length: count }, (_, index) => {
		const next = random(index + 1);
		const number = String(index + 1).padStart(digits, '0');
		const source = sources[index % sources.length]!;
		const blocks = Array.from({ length: blocksPerPage }, () => pool[Math.floor(next() * pool.length)]!);
		const title = `합성 노트 ${number}: ${source.title}`;
		const description = `${source.title} 노트의 문장으로 만든 벤치마크용 페이지`;
		const frontMatter = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---`;
		return { path: `synthetic/page-${number}.md`, markdown: `${[frontMatter, ...blocks].join('\n\n')}\n` };
	});
}
