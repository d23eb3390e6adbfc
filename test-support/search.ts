import type { Locator, Page } from '@playwright/test';
import { BASE_PATH } from './site.ts';

/*
 * The search UI as a reader meets it: a header button named 검색 opens a dialog with one text input, and
 * results are links to pages of the site. Stock Starlight (Pagefind UI) and a custom override both fit, so
 * the tests and `npm run bench` keep working when the search implementation changes. Only locator waits are
 * used (no `expect`), so the benchmark can share these outside the test runner.
 */

/**
 * Opens the search dialog from the header button and returns the dialog once it is shown: the one named
 * 검색 if it has that name, else whichever dialog opened (closed dialogs are not in the accessibility tree).
 */
export async function openSearch(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: /검색/ }).first().click();
	const dialog = page.getByRole('dialog', { name: /검색/ }).or(page.getByRole('dialog')).first();
	await dialog.waitFor({ state: 'visible' });
	return dialog;
}

/** The dialog's query input: a search box, a plain text box, or a combobox with suggestions. */
export function searchInput(dialog: Locator): Locator {
	return dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).or(dialog.getByRole('combobox')).first();
}

/** CSS selector of result links: links in the dialog that lead into the site. */
export const RESULT_LINK = `a[href^="${BASE_PATH}/"], a[href*="//"][href*="${BASE_PATH}/"]`;

/** Types `query` into the dialog's input and waits until at least one result link is shown. */
export async function searchFor(dialog: Locator, query: string): Promise<Locator> {
	await searchInput(dialog).fill(query);
	const results = dialog.locator(RESULT_LINK);
	await results.first().waitFor({ state: 'visible' });
	return results;
}
