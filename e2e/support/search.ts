import { expect, type Locator, type Page } from '@playwright/test';
import { BASE_PATH } from './site.ts';

/*
 * The search UI as a reader meets it: a header button named 검색 opens a dialog with one text input, and
 * results are links to pages of the site. Stock Starlight (Pagefind UI) and a custom override both fit, so
 * tests and the benchmark keep working when the search implementation changes.
 */

/** Opens the search dialog from the header button and returns the dialog once it is shown. */
export async function openSearch(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: /검색/ }).first().click();
	const dialog = page.getByRole('dialog', { name: /검색/ });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** The dialog's query input, whether it is `type="search"` or a plain text box. */
export function searchInput(dialog: Locator): Locator {
	return dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
}

/** Links in the dialog that lead into the site: the rendered results. */
export function searchResults(dialog: Locator): Locator {
	return dialog.locator(`a[href^="${BASE_PATH}/"], a[href*="//"][href*="${BASE_PATH}/"]`);
}

/** Types `query` into the dialog's input and waits until at least one result link is shown. */
export async function searchFor(dialog: Locator, query: string): Promise<Locator> {
	await searchInput(dialog).fill(query);
	const results = searchResults(dialog);
	await expect(results.first()).toBeVisible();
	return results;
}
