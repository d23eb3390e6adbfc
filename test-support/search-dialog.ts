import { expect, type Locator, type Page } from '@playwright/test';

/** The search dialog as a reader uses it: open it, type, read the ranked results. */
export class SearchDialog {
	readonly button: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly status: Locator;
	readonly results: Locator;

	constructor(readonly page: Page) {
		this.button = page.getByRole('button', { name: '검색' });
		this.dialog = page.getByRole('dialog', { name: '검색' });
		this.input = this.dialog.getByRole('searchbox', { name: '검색어' });
		this.status = this.dialog.getByRole('status');
		this.results = this.dialog.getByRole('list', { name: '검색 결과' }).locator(':scope > li');
	}

	async open(): Promise<void> {
		await this.button.click();
		await expect(this.dialog).toBeVisible();
	}

	/** Types a query and waits until the results for exactly this query are on screen. */
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
