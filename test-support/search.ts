import { expect, type Locator, type Page } from '@playwright/test';
import { BASE_PATH } from './site.ts';

/** CSS selector of result links: links in the dialog that lead into the site. */
export const RESULT_LINK = `a[href^="${BASE_PATH}/"], a[href*="//"][href*="${BASE_PATH}/"]`;

export interface SearchDialogOptions {
	/**
	 * Find the dialog the way any Starlight search presents it (stock Pagefind UI or an override): a header
	 * button whose name contains 검색, whichever dialog it opens, its one text input. The bench uses this to
	 * measure the plain-Starlight baseline with the same page object. Default: this site's exact names.
	 */
	anySearch?: boolean;
}

/** The search dialog as a reader uses it: open it, type, read the ranked results. */
export class SearchDialog {
	readonly button: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly status: Locator;
	readonly results: Locator;
	/** Links in the dialog that lead into the site, whatever list they sit in. */
	readonly resultLinks: Locator;

	readonly page: Page;

	// A plain field, not a parameter property: the bench runs this file on Node's type stripping, which has none.
	constructor(page: Page, { anySearch = false }: SearchDialogOptions = {}) {
		this.page = page;
		if (anySearch) {
			this.button = page.getByRole('button', { name: /검색/ }).first();
			// Closed dialogs are not in the accessibility tree, so "any dialog" is the one that opened.
			this.dialog = page.getByRole('dialog', { name: /검색/ }).or(page.getByRole('dialog')).first();
			this.input = this.dialog
				.getByRole('searchbox')
				.or(this.dialog.getByRole('textbox'))
				.or(this.dialog.getByRole('combobox'))
				.first();
		} else {
			this.button = page.getByRole('button', { name: '검색' });
			this.dialog = page.getByRole('dialog', { name: '검색' });
			this.input = this.dialog.getByRole('searchbox', { name: '검색어' });
		}
		this.status = this.dialog.getByRole('status');
		this.results = this.dialog.getByRole('list', { name: '검색 결과' }).locator(':scope > li');
		this.resultLinks = this.dialog.locator(RESULT_LINK);
	}

	/** Opens the dialog from the header button. A locator wait, not `expect`, so the bench can use it too. */
	async open(): Promise<void> {
		await this.button.click();
		await this.dialog.waitFor({ state: 'visible' });
	}

	/** Types `query` and waits until at least one result link is shown (any search implementation). */
	async searchFor(query: string): Promise<Locator> {
		await this.input.fill(query);
		await this.resultLinks.first().waitFor({ state: 'visible' });
		return this.resultLinks;
	}

	/** Types a query and waits until this site's dialog has finished searching for exactly this query. */
	async search(query: string): Promise<void> {
		await this.input.fill(query);
		const host = this.page.locator('site-search');
		// Generous: the first search downloads the index, and CI machines may be busy (speed is measured by the bench).
		await expect(host).toHaveAttribute('data-search-state', /done|error/, { timeout: 20_000 });
		// The field keeps at most `maxlength` characters, as a reader's typing would.
		const maxLength = Number((await this.input.getAttribute('maxlength')) ?? Infinity);
		await expect(this.input).toHaveValue(query.slice(0, maxLength));
	}

	/** Result links in rank order, decoded and without the highlight parameters. */
	async resultTargets(limit = 3): Promise<string[]> {
		const hrefs = await this.results
			.locator(':scope > a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		return hrefs.slice(0, limit).map((href) => {
			const url = new URL(href);
			return decodeURIComponent(url.pathname + url.hash);
		});
	}

	/** Milliseconds the last search took in the page, as the dialog measured it. */
	async lastSearchMs(): Promise<number> {
		return Number(await this.page.locator('site-search').getAttribute('data-search-ms'));
	}
}
