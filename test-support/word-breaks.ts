import type { Page } from '@playwright/test';

/**
 * Korean words (runs with Hangul between spaces and punctuation that may end a line (/ ( ) · ,), up to 12 characters) in `main` that the layout splits
 * across two lines. Measured in the browser: a word rendered on one line has one client rect per line box.
 */
export async function brokenKoreanWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		const main = document.querySelector('main');
		if (!main) return broken;
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			const parent = node.parentElement;
			if (!parent || parent.closest('svg, [aria-hidden="true"], .sr-only') || parent.getClientRects().length === 0)
				continue;
			for (const match of text.matchAll(/[^\s/()·,]+/g)) {
				const word = match[0];
				if (!/[\uac00-\ud7a3]/.test(word) || word.length > 12) continue;
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + word.length);
				const lines = new Set(
					[...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
				);
				if (lines.size > 1) broken.push(word);
			}
		}
		return broken;
	});
}
