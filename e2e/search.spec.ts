import { expect, test } from '@playwright/test';
import { glossary } from '../src/lib/glossary/entries.ts';
import { dictionary } from '../src/lib/glossary/dictionary/index.ts';
import { SearchDialog } from './support/search-dialog.ts';

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
