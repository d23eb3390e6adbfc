import { expect, test } from '@playwright/test';
import { glossary } from '../src/lib/glossary/entries.ts';
import { dictionary } from '../src/lib/glossary/dictionary/index.ts';
import { noteSlugs } from '../src/lib/site/sidebar.ts';
import type { SearchData } from '../src/lib/search/cascade.ts';
import { buildLexicon, namesOf } from '../src/lib/search/lexicon.ts';
import { planSearch } from '../src/lib/search/plan.ts';
import { SearchDialog } from '../test-support/search.ts';
import { BASE_PATH } from '../test-support/site.ts';

test.describe('search dialog', () => {
	test('opens with the button, Ctrl+K and /, closes with Esc and gives focus back', async ({ page }) => {
		await page.goto('eni/');
		const search = new SearchDialog(page);
		await search.open();
		await expect(search.input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.button).toBeFocused();

		await page.keyboard.press('Control+k');
		await expect(search.dialog).toBeVisible();
		await page.keyboard.press('Control+k');
		await expect(search.dialog).toBeHidden();

		await page.locator('main').click();
		await page.keyboard.press('/');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toHaveValue('');
	});

	test('Escape in the field clears what was typed, and on an empty field closes the dialog', async ({ page }) => {
		await page.goto('eni/');
		const search = new SearchDialog(page);
		await search.open();
		await search.search('보안그룹');
		await expect(search.results.first()).toBeVisible();
		await search.input.press('Escape');
		await expect(search.input).toHaveValue('');
		await expect(search.dialog).toBeVisible();
		await expect(search.results).toHaveCount(0);
		await search.input.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.button).toBeFocused();
	});

	test('while the server is still building the index, the dialog says so and searches once it is ready', async ({
		page,
	}) => {
		// What the dev server (src/integrations/dev-search/integration.ts) answers until its first index is built.
		let building = true;
		await page.route(/\/pagefind\/pagefind\.js(\?.*)?$/, (route) =>
			building
				? route.fulfill({ status: 503, headers: { 'x-search-index': 'building', 'cache-control': 'no-store' } })
				: route.continue(),
		);
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.input.fill('보안그룹');
		await expect(search.status).toContainText('색인을 만드는 중');
		await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'building');
		building = false;
		await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 10_000 });
		await expect(search.results.first()).toContainText('보안그룹');
	});

	test('a server error on the index is reported as an error, not as an index being built', async ({ page }) => {
		await page.route(/\/pagefind\/pagefind\.js(\?.*)?$/, (route) => route.fulfill({ status: 500 }));
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.search('보안그룹');
		await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'error');
		await expect(search.status).toContainText('검색 색인을 불러오지 못했습니다');
	});

	test('reading a page loads no search code or index until the reader reaches for search', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto('');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((url) => /pagefind|search-dialog/.test(url))).toEqual([]);

		const search = new SearchDialog(page);
		await search.open();
		await search.search('보안그룹');
		expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
		expect(requested.some((url) => url.includes('search-dialog'))).toBe(true);
	});

	test('a note page loads its chunks without Vite’s preload helper, before and after the reader reaches for them', async ({
		page,
	}) => {
		// src/integrations/direct-dynamic-imports.ts turns the loaders' preload calls into plain imports; when a
		// Vite update changes their shape, the helper is back on every page and this fails.
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('security-groups/');
		await page.waitForLoadState('networkidle');
		await page.getByRole('region', { name: '확인 문제' }).getByRole('radio').first().check();
		await expect(page.locator('.note-quiz__feedback').first()).toBeVisible();
		const search = new SearchDialog(page);
		await search.open();
		await search.search('보안그룹');
		expect(requested.some((path) => /\/note-quiz\.[\w-]+\.js$/.test(path))).toBe(true);
		expect(requested.some((path) => path.includes('search-dialog'))).toBe(true);
		expect(requested.filter((path) => path.includes('preload-helper'))).toEqual([]);
	});

	test('odd input gets a calm 결과 없음, never an exception or injected markup', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		const oddInputs = [
			'<script>alert(1)</script>',
			'<img src=x onerror="window.__injected=1">',
			'.*+?^${}()|[]\\',
			'😀🔥',
			// Lone jamo that are no one's initials (ㅂㅇ is a 초성 query for 보안그룹, tested in the evaluation).
			'ㅏㅓ',
			'ㅋ',
			'쿠버네티스 파드',
			'가'.repeat(1000),
		];
		for (const query of oddInputs) {
			await search.search(query);
			await expect(search.status, query).toContainText('결과 없음');
			await expect(search.results).toHaveCount(0);
		}
		await search.input.fill('   ');
		await expect(search.results).toHaveCount(0);
		expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
		expect(await page.locator('site-search img, site-search script').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('an abbreviation finds the concept, the link goes to its section and marks the words there', async ({
		page,
	}) => {
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.search('EIP를');
		const first = search.results.first();
		await expect(first).toContainText('탄력적 IP');
		await expect(first).toContainText('Elastic IP');
		await search.input.press('ArrowDown');
		await expect(first.getByRole('link').first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/elastic-ip\/\?.*pagefind-highlight=.*#elastic-ip$/);
		const marked = page.locator('main mark.pagefind-highlight');
		await expect(marked.first()).toBeVisible();
		expect((await marked.allTextContents()).join(' ')).toMatch(/탄력적/);
	});

	test('a search with a particle marks the bare word on the target page', async ({ page }) => {
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.search('보안그룹에서');
		await search.results.first().getByRole('link').first().click();
		await expect(page).toHaveURL(/\/security-groups\//);
		// The highlighter loads after the page; read the marks once it has run.
		await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
		const words = await page.locator('main mark.pagefind-highlight').allTextContents();
		expect(words.some((word) => word.startsWith('보안'))).toBe(true);
		expect(words.some((word) => word.includes('에서'))).toBe(false);
	});
});

test('the "AWS 문서:" line that closes each note is kept out of the search index', async ({ page }) => {
	await page.goto('');
	// Every indexed page, as Pagefind stores it (its whole indexed text), found by words all notes share.
	const indexed = await page.evaluate(async (base) => {
		type Data = { url: string; content: string; excerpt: string; sub_results: { excerpt: string }[] };
		type Pagefind = {
			options(options: object): Promise<void>;
			search(query: string): Promise<{ results: { data(): Promise<Data> }[] }>;
		};
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ baseUrl: base });
		const pages = new Map<string, string[]>();
		for (const query of ['AWS', '문서', 'EC2', '인스턴스']) {
			for (const result of (await pagefind.search(query)).results) {
				const data = await result.data();
				pages.set(data.url, [data.content, data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)]);
			}
		}
		return [...pages];
	}, `${BASE_PATH}/`);
	const notePages = noteSlugs.map((slug) => `${BASE_PATH}/${slug}/`);
	expect(indexed.map(([url]) => url)).toEqual(expect.arrayContaining(notePages));
	for (const [url, texts] of indexed) for (const text of texts) expect(text, url).not.toContain('AWS 문서:');

	// And so the dialog never shows it: the words of that line find other text, or nothing.
	const search = new SearchDialog(page);
	await search.open();
	await search.search('AWS 문서');
	const shown = await search.results.allTextContents();
	for (const text of shown) expect(text).not.toContain('AWS 문서:');
});

test("the search data names each concept's home by the id Pagefind gives that page", async ({ page }) => {
	await page.goto('');
	// Every indexed page's id and URL, found through Pagefind's own API by words all notes share.
	const { indexed, vocabulary } = await page.evaluate(async (base) => {
		type Pagefind = {
			options(options: object): Promise<void>;
			search(query: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
		};
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ baseUrl: base });
		const urls = new Map<string, string>();
		for (const query of ['AWS', 'EC2', '인스턴스'])
			for (const result of (await pagefind.search(query)).results) urls.set(result.id, (await result.data()).url);
		const data = (await (await fetch(`${base}search-vocabulary.json`)).json()) as {
			concepts: { page: string }[];
			pageIds?: Record<string, string>;
		};
		return { indexed: [...urls], vocabulary: data };
	}, `${BASE_PATH}/`);
	const urlById = new Map(indexed);
	const homes = [...new Set(vocabulary.concepts.map((concept) => concept.page))];
	expect(homes.length).toBeGreaterThan(5);
	expect(Object.keys(vocabulary.pageIds ?? {}).sort()).toEqual(homes.sort());
	for (const [home, id] of Object.entries(vocabulary.pageIds ?? {}))
		expect(urlById.get(id), home).toBe(`${BASE_PATH}${home === 'index' ? '/' : `/${home}/`}`);
});

test("a search naming a concept fetches that concept's page ahead of the index look-ups", async ({ page }) => {
	await page.goto('security-groups/');
	const { pageIds } = (await (await page.request.get(`${BASE_PATH}/search-vocabulary.json`)).json()) as {
		pageIds: Record<string, string>;
	};
	const file = `${BASE_PATH}/pagefind/fragment/${pageIds['eni']}.pf_fragment`;
	const requested: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
	});
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/pagefind/') && response.status() >= 400) failed.push(response.url());
	});
	const search = new SearchDialog(page);
	await search.open();
	// Until the ranking is done: the first result (the concept's home, from the build) needs no request at all.
	await search.search('ENI');
	await expect(search.results.first().getByRole('link').first()).toHaveAttribute('href', /\/eni\//);
	// Without the prefetch, Pagefind asks for a page only after reading the index chunks the query needs.
	const firstChunk = requested.findIndex((path) => path.endsWith('.pf_index'));
	expect(firstChunk).toBeGreaterThan(-1);
	expect(requested.indexOf(file)).toBeGreaterThan(-1);
	expect(requested.indexOf(file)).toBeLessThan(firstChunk);
	expect(failed).toEqual([]);
});

test('the 용어집 lists every glossary term and the dictionary terms the notes use, each link on an existing heading', async ({
	page,
	request,
}) => {
	await page.goto('glossary/');
	const links = page.locator('dl.glossary dt a');
	const terms = await links.allTextContents();
	for (const entry of glossary) expect(terms, entry.term).toContain(entry.term);
	// Dictionary terms enter only when the notes use them, so terms of services no note covers stay out.
	expect(terms.length).toBeGreaterThan(glossary.length);
	expect(terms.length).toBeLessThan(glossary.length + dictionary.length);
	const pages = new Map<string, string>();
	for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) {
		const [path, anchor] = href.split('#');
		let html = pages.get(path!);
		if (html === undefined) {
			const response = await request.get(new URL(path!, page.url()).href);
			expect(response.status(), href).toBe(200);
			html = await response.text();
			pages.set(path!, html);
		}
		if (anchor) expect(html, href).toContain(`id="${decodeURIComponent(anchor)}"`);
	}
});

/** What the early-home test keeps in the page. */
type FirstResult = { link: string; excerpt: string };
type FirstResultWindow = typeof window & {
	readFirst?: () => FirstResult | undefined;
	firstShown?: FirstResult & { state: string | null };
};

test('for every name of a concept, the first result shown while searching is the one the search ends with', async ({
	page,
}) => {
	// About three hundred searches, one after another.
	test.setTimeout(120_000);
	await page.goto('');
	const data = (await (await page.request.get(`${BASE_PATH}/search-vocabulary.json`)).json()) as SearchData;
	const leads = data.leads ?? {};
	// Every concept whose home is in the index gets one, but a term two concepts share.
	const homed = data.concepts.filter((concept) => data.pageIds?.[concept.page] !== undefined);
	expect(Object.keys(leads).length).toBeGreaterThanOrEqual(homed.length * 0.9);
	// Each name that, typed, names its concept alone (as the dialog plans it) and so shows that concept's lead.
	const lexicon = buildLexicon(data.concepts, data.words);
	const names = homed.flatMap((concept) =>
		leads[concept.term] === undefined
			? []
			: namesOf(concept).filter((name) => {
					const plan = planSearch(name, lexicon);
					return plan.concepts.length === 1 && plan.concepts[0]!.term === concept.term && plan.otherWords.length === 0;
				}),
	);
	expect(names.length).toBeGreaterThan(Object.keys(leads).length);
	const search = new SearchDialog(page);
	await search.open();
	// How the first result reads (its link and excerpt), defined in the page once for the observer and the test.
	await page.evaluate(() => {
		(window as FirstResultWindow).readFirst = () => {
			const link = document.querySelector<HTMLAnchorElement>('site-search .search-results > li > a');
			return link
				? {
						link: `${link.getAttribute('href')} ${link.textContent}`,
						excerpt: link.nextElementSibling?.innerHTML ?? '',
					}
				: undefined;
		};
	});
	const links: string[] = [];
	const excerpts: string[] = [];
	for (const name of names) {
		await search.input.fill('');
		// The first result as it first appears, and whether the search was still on, kept by an observer set up
		// before the query goes in.
		await page.evaluate(() => {
			const host = document.querySelector('site-search')!;
			const record = window as FirstResultWindow;
			delete record.firstShown;
			const observer = new MutationObserver(() => {
				const shown = record.readFirst!();
				if (!shown) return;
				record.firstShown = { ...shown, state: host.getAttribute('data-search-state') };
				observer.disconnect();
			});
			observer.observe(host.querySelector('.search-results')!, { childList: true, subtree: true });
		});
		await search.search(name);
		const [shown, final] = await page.evaluate(() => {
			const record = window as FirstResultWindow;
			return [record.firstShown, record.readFirst!()] as const;
		});
		if (shown?.state !== 'searching' || shown.link !== final?.link)
			links.push(`${name}: shown ${shown?.link} (${shown?.state}), then ${final?.link}`);
		else if (shown.excerpt !== final.excerpt) excerpts.push(`${name}: shown ${shown.excerpt}, then ${final.excerpt}`);
	}
	// Shown while the search was on, and the same page and section, always (that it is the build's lead, shown
	// before the index answers, is the next test's); the excerpt is made as Pagefind makes it but without the
	// index's word scores, so now and then its window starts a few words apart.
	expect(links).toEqual([]);
	expect(excerpts.length, excerpts.join('\n')).toBeLessThanOrEqual(names.length / 10);
});

test("a query naming one concept shows the concept's home before the index has answered", async ({ page }) => {
	await page.goto('');
	// Index chunks are held until the home is on screen: the look-ups cannot finish before then.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/index/*.pf_index', async (route) => {
		await released;
		await route.continue();
	});
	const search = new SearchDialog(page);
	await search.open();
	await search.input.fill('탄력적IP를');
	const first = search.results.first();
	await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/elastic-ip\/[^#]*#elastic-ip$/);
	await expect(first.locator('mark').first()).toBeVisible();
	await expect(first.locator('.search-result__others')).toHaveCount(0);
	await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'searching');
	release();
	await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done');
	await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/elastic-ip\/[^#]*#elastic-ip$/);
	// The complete ranking adds the page's other matching sections.
	await expect(first.locator('.search-result__others a').first()).toBeVisible();
});
