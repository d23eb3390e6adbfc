import { expect, test } from '@playwright/test';
import { checkFidelity, noteText, type RenderedPage } from '../scripts/import/fidelity.ts';
import { noteSlugs, pagePath } from '../src/lib/site/sidebar.ts';
import { contrastRatio } from '../test-support/contrast.ts';
import { readOriginals } from '../test-support/note.ts';

// Read when the file loads, so an empty notes/ or an original without pages fails the run with its reason.
const originals = readOriginals();

test('notes/ holds the EC2 export the site was made from', () => {
	expect(originals.map(({ file }) => file)).toContain('notes/aws-ec2.md');
});

for (const original of originals) {
	test(`every sentence, list item, table cell and highlight of ${original.file} is on its pages`, async ({ page }) => {
		const note = noteText(original.text);
		expect(note.pieces.length).toBeGreaterThan(0);
		const rendered: RenderedPage[] = [];
		for (const id of original.pages) {
			await page.goto(pagePath(id).slice(1));
			const main = page.getByRole('main');
			rendered.push({
				url: page.url(),
				text: await main.innerText(),
				marks: await main.locator('mark').allTextContents(),
			});
		}
		expect(checkFidelity(note, rendered)).toEqual({ missingPieces: [], missingMarks: [] });
	});
}

test('the EC2 note is checked in full: its many pieces and highlights, across the home page and every note page', () => {
	const ec2 = originals.find(({ file }) => file === 'notes/aws-ec2.md');
	const note = noteText(ec2?.text ?? '');
	expect(note.pieces.length).toBeGreaterThan(80);
	expect(note.marks.length).toBeGreaterThan(15);
	expect(ec2?.pages.sort()).toEqual(['index', ...noteSlugs].sort());
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
