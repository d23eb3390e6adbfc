import { expect, test } from '@playwright/test';
import { checkFidelity, noteText, type RenderedPage } from '../src/lib/hashnode/fidelity.ts';
import { noteSlugs } from '../src/lib/sidebar.ts';
import { contrastRatio } from './support/contrast.ts';
import { readNote } from './support/note.ts';

test('every sentence, list item, table cell and highlight of the EC2 note is on the site', async ({ page }) => {
	const note = noteText(readNote());
	expect(note.pieces.length).toBeGreaterThan(80);
	expect(note.marks.length).toBeGreaterThan(15);

	const rendered: RenderedPage[] = [];
	for (const slug of ['', ...noteSlugs.map((slug) => `${slug}/`)]) {
		await page.goto(slug);
		const main = page.getByRole('main');
		rendered.push({
			url: page.url(),
			text: await main.innerText(),
			marks: await main.locator('mark').allTextContents(),
		});
	}
	expect(checkFidelity(note, rendered)).toEqual({ missingPieces: [], missingMarks: [] });
});

test('highlights are readable in both themes (contrast at least 4.5:1)', async ({ page }) => {
	for (const theme of ['light', 'dark']) {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('purchase-options/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const { color, backgroundColor } = await page
			.locator('main mark')
			.first()
			.evaluate((mark) => {
				const style = getComputedStyle(mark);
				return { color: style.color, backgroundColor: style.backgroundColor };
			});
		expect(contrastRatio(color, backgroundColor), `${theme} theme mark contrast`).toBeGreaterThanOrEqual(4.5);
	}
});
