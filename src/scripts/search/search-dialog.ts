/**
 * The search dialog's behaviour, loaded on first use: sends what the reader types to search-engine.ts and
 * renders ranked sections, notices and suggestions with DOM text nodes only (never innerHTML).
 */
import { noticeText } from '../../lib/search/notice.ts';
import { excerptParts, type RankedResult } from '../../lib/search/rank.ts';
import { HIGHLIGHT_PARAM } from './page-hooks.ts';
import { IndexBuildingError, loadVocabulary, search, type SearchOutcome } from './search-engine.ts';

const SHOWN_RESULTS = 8;
/** How often to try again while the dev server builds its index. */
const BUILDING_RETRY_MS = 1_000;
const EXAMPLES = '보안그룹, 탄력적 IP, 배치그룹, AMI, 스팟 인스턴스';

function withHighlight(url: string, words: readonly string[]): string {
	const [beforeHash = '', hash] = url.split('#');
	const [path = '', existing = ''] = beforeHash.split('?');
	// Keeps a query the result URL already has, so the words are added to it rather than a second `?`.
	const params = new URLSearchParams(existing);
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

function button(label: string, onClick: () => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', onClick);
	return element;
}

function statusText(outcome: SearchOutcome, shown: number): string {
	if (shown === 0) return `결과 없음. 다른 말로 검색해 보세요 (예: ${EXAMPLES}).`;
	return `${outcome.partial ? '일부 단어만 일치하는 ' : ''}결과 ${outcome.total}개`;
}

const attached = new WeakSet<HTMLElement>();

/** Wires the dialog's input to the search engine; safe to call on every open. */
export function attachSearch(root: HTMLElement, base: string): void {
	if (attached.has(root)) return;
	attached.add(root);
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('.search-status')!;
	const notice = root.querySelector<HTMLElement>('.search-notice')!;
	const list = root.querySelector<HTMLOListElement>('.search-results')!;
	let latest = 0;
	/** The search under way, aborted when another starts. */
	let running: AbortController | undefined;

	const searchFor = (text: string) => {
		input.value = text;
		void render();
		input.focus();
	};

	const render = async (literal = false) => {
		const ticket = ++latest;
		// The previous query's pages stop loading: typed letter by letter, each query would otherwise delay the next.
		running?.abort();
		const controller = new AbortController();
		running = controller;
		const raw = input.value;
		if (raw.trim() === '') {
			list.replaceChildren();
			notice.replaceChildren();
			status.textContent = '';
			delete root.dataset.searchState;
			return;
		}
		root.dataset.searchState = 'searching';
		const started = performance.now();
		// The list and notice as far as known; the status (a live region) is written once, when the search is done.
		let listed: string[] | undefined;
		let noticed: string | undefined;
		const show = (outcome: SearchOutcome) => {
			const shown = outcome.results.slice(0, SHOWN_RESULTS);
			// What a result shows: a result drawn already is kept (with focus) while it would be drawn the same.
			const keys = shown.map(({ title, primary, others }) =>
				JSON.stringify([title, primary.url, primary.title, primary.excerpt, others.map((other) => other.url)]),
			);
			// The previous query's status must not stand beside this query's first results.
			if (listed === undefined) status.textContent = '';
			// The early batches are the start of the final order, so the list mostly gains items at its end; a home
			// shown before the look-ups ended is drawn again once its other sections are known.
			const items = [...list.children];
			shown.forEach((result, index) => {
				if (listed?.[index] === keys[index] && items[index]) return;
				const item = resultElement(result, outcome.plan.highlight);
				const old = items[index];
				if (!old) {
					list.append(item);
					return;
				}
				const focused = old.contains(document.activeElement);
				old.replaceWith(item);
				if (focused) item.querySelector('a')?.focus();
			});
			for (const extra of items.slice(shown.length)) extra.remove();
			listed = keys;
			const noticeKey = JSON.stringify([outcome.notice ?? null, outcome.suggestions]);
			if (noticeKey === noticed) return shown.length;
			noticed = noticeKey;
			const noticeParts: (string | HTMLElement)[] = [];
			if (outcome.notice)
				noticeParts.push(
					noticeText(outcome.notice),
					' · ',
					button('원래 검색어로 검색', () => void render(true)),
				);
			if (outcome.suggestions.length > 0) {
				noticeParts.push(outcome.notice ? ' · 다른 후보: ' : '이것을 찾으셨나요? ');
				for (const suggestion of outcome.suggestions)
					noticeParts.push(
						button(suggestion, () => searchFor(suggestion)),
						' ',
					);
			}
			notice.replaceChildren(...noticeParts);
			return shown.length;
		};
		try {
			// The first results are shown as soon as their places are certain, while the pages below them load.
			const outcome = await search(raw, base, {
				literal,
				limit: SHOWN_RESULTS,
				signal: controller.signal,
				onLead: (lead) => {
					if (ticket === latest) show(lead);
				},
			});
			if (ticket !== latest) return;
			status.textContent = statusText(outcome, show(outcome));
			root.dataset.searchMs = (performance.now() - started).toFixed(1);
			root.dataset.searchState = 'done';
		} catch (error) {
			if (ticket !== latest) return;
			list.replaceChildren();
			notice.replaceChildren();
			if (error instanceof IndexBuildingError) {
				status.textContent = '검색 색인을 만드는 중입니다. 다 만들어지면 바로 찾아 드립니다.';
				root.dataset.searchState = 'building';
				// Retried unless the reader has typed something else meanwhile (that search retries itself).
				setTimeout(() => {
					if (ticket === latest) void render(literal);
				}, BUILDING_RETRY_MS);
				return;
			}
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
		} else if (event.key === 'Enter' && !event.isComposing) {
			// Enter while composing Hangul only finishes the syllable; after that it opens the best result.
			list.querySelector('a')?.click();
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
	void loadVocabulary(base);
}
