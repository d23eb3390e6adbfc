/**
 * The search dialog's behaviour, loaded on first use: plans Korean-aware queries (src/lib/search),
 * runs them against Pagefind's index, and renders ranked sections with DOM text nodes only.
 */
import { glossary, type GlossaryEntry } from '../../lib/glossary/entries.ts';
import { pagePath } from '../../lib/sidebar.ts';
import { buildLexicon } from '../../lib/search/lexicon.ts';
import { planSearch } from '../../lib/search/plan.ts';
import {
	excerptParts,
	matchConfidence,
	rankResults,
	type PageMatch,
	type RankedResult,
} from '../../lib/search/rank.ts';
import { HIGHLIGHT_PARAM } from './page-hooks.ts';

interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	weighted_locations?: { weight: number }[];
	locations?: number[];
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results?: PagefindSubResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

const lexicon = buildLexicon(glossary);
const RESULTS_PER_QUERY = 8;
const SHOWN_RESULTS = 8;
const EXAMPLES = '보안그룹, 탄력적 IP, 배치그룹, AMI, 스팟 인스턴스';

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ baseUrl: base, excerptLength: 24 });
		return pagefind;
	})();
	return pagefindPromise;
}

/** How many pages contain a word, without loading any of them; remembered, as readers retype the same words. */
const hitCounts = new Map<string, Promise<number>>();
function hitCount(pagefind: Pagefind, word: string): Promise<number> {
	let count = hitCounts.get(word);
	if (!count) {
		count = pagefind.search(word).then((response) => response?.results.length ?? 0);
		hitCounts.set(word, count);
	}
	return count;
}

async function pageMatches(pagefind: Pagefind, query: string): Promise<PageMatch[]> {
	const response = await pagefind.search(query);
	const top = (response?.results ?? []).slice(0, RESULTS_PER_QUERY);
	return Promise.all(
		top.map(async (result) => {
			const data = await result.data();
			return {
				url: data.url,
				title: data.meta.title ?? data.url,
				score: result.score,
				excerpt: data.excerpt,
				sections: (data.sub_results ?? []).map((sub) => ({
					url: sub.url,
					title: sub.title,
					excerpt: sub.excerpt,
					weight:
						sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations?.length ?? 0,
				})),
			};
		}),
	);
}

/**
 * Runs a plan's queries. Words the index has never seen are counted first (Pagefind silently drops them),
 * so a query mostly about something else is not answered with confidence; when every variant finds
 * nothing, each word alone is tried and the results are labelled partial.
 */
async function runSearch(pagefind: Pagefind, raw: string, base: string) {
	const plan = planSearch(raw, lexicon);
	const none = { plan, results: [] as RankedResult[], partial: false };
	if (plan.queries.length === 0) return none;
	const pageUrlOf = (entry: GlossaryEntry) => `${base}${pagePath(entry.page).slice(1)}`;
	const [sets, otherWordHits] = await Promise.all([
		Promise.all(plan.queries.map((query) => pageMatches(pagefind, query))),
		plan.words.length > 1 ? Promise.all(plan.otherWords.map((word) => hitCount(pagefind, word))) : [],
	]);
	const unknown = otherWordHits.filter((hits) => hits === 0).length;
	const confidence = matchConfidence(plan.concepts.length + otherWordHits.length - unknown, unknown);
	if (confidence === 'none') return none;
	const query = { ...plan, concepts: confidence === 'partial' ? [] : plan.concepts, matchWords: plan.highlight };
	if (sets.every((set) => set.length === 0) && plan.words.length > 1) {
		const perWord = await Promise.all(plan.words.slice(0, 4).map((word) => pageMatches(pagefind, word)));
		return { plan, results: rankResults(perWord, query, pageUrlOf), partial: true };
	}
	return { plan, results: rankResults(sets, query, pageUrlOf), partial: confidence === 'partial' };
}

function withHighlight(url: string, words: readonly string[]): string {
	const [path = '', hash] = url.split('#');
	const params = new URLSearchParams();
	for (const word of words) params.append(HIGHLIGHT_PARAM, word);
	const query = params.toString();
	return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

function excerptElement(excerpt: string): HTMLElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'search-result__excerpt';
	for (const part of excerptParts(excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			paragraph.append(mark);
		} else paragraph.append(part.text);
	}
	return paragraph;
}

function resultElement(result: RankedResult, highlight: readonly string[]): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const link = document.createElement('a');
	link.href = withHighlight(result.primary.url, highlight);
	const page = document.createElement('span');
	page.className = 'search-result__page';
	page.textContent = result.title;
	link.append(page);
	if (result.primary.title && result.primary.title !== result.title) {
		const section = document.createElement('span');
		section.className = 'search-result__section';
		section.textContent = result.primary.title;
		link.append(section);
	}
	item.append(link, excerptElement(result.primary.excerpt));
	if (result.others.length > 0) {
		const list = document.createElement('ul');
		list.className = 'search-result__others';
		for (const other of result.others) {
			const otherItem = document.createElement('li');
			const otherLink = document.createElement('a');
			otherLink.href = withHighlight(other.url, highlight);
			otherLink.textContent = other.title;
			otherItem.append(otherLink);
			list.append(otherItem);
		}
		item.append(list);
	}
	return item;
}

const attached = new WeakSet<HTMLElement>();

/** Wires the dialog's input to the index; safe to call on every open. */
export function attachSearch(root: HTMLElement, base: string): void {
	if (attached.has(root)) return;
	attached.add(root);
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('.search-status')!;
	const list = root.querySelector<HTMLOListElement>('.search-results')!;
	let latest = 0;

	const render = async () => {
		const ticket = ++latest;
		const raw = input.value;
		if (raw.trim() === '') {
			list.replaceChildren();
			status.textContent = '';
			delete root.dataset.searchState;
			return;
		}
		root.dataset.searchState = 'searching';
		const started = performance.now();
		try {
			const pagefind = await loadPagefind(base);
			const { plan, results, partial } = await runSearch(pagefind, raw, base);
			if (ticket !== latest) return;
			const shown = results.slice(0, SHOWN_RESULTS);
			list.replaceChildren(...shown.map((result) => resultElement(result, plan.highlight)));
			status.textContent =
				shown.length === 0
					? `결과 없음. 다른 말로 검색해 보세요 (예: ${EXAMPLES}).`
					: `${partial ? '일부 단어만 일치하는 ' : ''}결과 ${results.length}개`;
			root.dataset.searchMs = (performance.now() - started).toFixed(1);
			root.dataset.searchState = 'done';
		} catch (error) {
			if (ticket !== latest) return;
			list.replaceChildren();
			status.textContent = '검색 색인을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.';
			root.dataset.searchState = 'error';
			console.warn('search failed', error);
		}
	};

	input.addEventListener('input', () => void render());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			list.querySelector('a')?.focus();
			event.preventDefault();
		}
	});
	list.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll('a')];
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? links[index + 1] : index <= 0 ? input : links[index - 1];
		next?.focus();
		event.preventDefault();
	});
	if (input.value.trim() !== '') void render();
	void loadPagefind(base);
}
