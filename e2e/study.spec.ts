import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteTermsOf } from '../src/lib/glossary/site-pages.ts';
import { termsFromSite } from '../src/lib/study/terms.ts';
import { readSitePages } from '../test-support/site-pages.ts';
import { BASE_PATH } from '../test-support/site.ts';
import { sidewaysScroll } from '../test-support/diagrams.ts';
import { NoteQuizSection, ReviewDeckPage } from '../test-support/study.ts';

// Every study term of the site, decided from the MDX sources the way the build decides them.
const studyTerms = termsFromSite(siteTermsOf(readSitePages()).terms);

async function axeViolations(page: Page, selector: string): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`);
}

test.describe('확인 문제', () => {
	test('by keyboard arrows move the choice without answering, Space answers; marked in words, announced, with a link to its section', async ({
		page,
	}) => {
		const loaded: string[] = [];
		page.on('request', (request) => {
			if (/note-quiz\.[\w-]+\.js$/.test(request.url())) loaded.push(request.url());
		});
		await page.goto('security-groups/');
		const quiz = new NoteQuizSection(page);
		await expect(quiz.section.getByRole('listitem')).toHaveCount(5);
		expect(loaded, 'the marking code waits for the first interaction').toEqual([]);

		const first = quiz.question(1);
		const correct = await quiz.correctChoice(1);
		const radios = first.getByRole('radio');
		// Tab into the quiz like a reader: the first radio of question 1 takes focus; arrows only move the choice.
		await quiz.section.getByRole('heading', { name: '확인 문제' }).evaluate((heading) => {
			heading.setAttribute('tabindex', '-1');
			(heading as HTMLElement).focus();
		});
		await page.keyboard.press('Tab');
		await expect(radios.first()).toBeFocused();
		await expect.poll(() => loaded.length, 'focus reaching the quiz loads its code').toBe(1);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(2)).toBeChecked();
		await expect(radios.nth(2)).toBeFocused();
		await expect(first.locator('.note-quiz__feedback'), 'moving is not answering').toBeHidden();
		await expect(first.locator('label[data-mark]')).toHaveCount(0);
		await expect(quiz.status()).toHaveText('');
		expect(loaded).toHaveLength(1);

		// Space answers with the focused option: a wrong one first (the next option when this one is right).
		const labels = (await first.locator('label').allInnerTexts()).map((text) => text.trim());
		const correctIndex = labels.indexOf(correct);
		expect(correctIndex).toBeGreaterThanOrEqual(0);
		if (correctIndex === 2) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		const wrong = `1번 오답입니다. 정답은 ${correct}입니다.`;
		await expect(first.locator('.note-quiz__feedback')).toHaveText(wrong);
		await expect(quiz.status()).toHaveText(wrong);
		await expect(first.locator('label[data-mark="answer"]')).toHaveText(new RegExp(correct));

		// Arrowing to the right one changes nothing until Enter answers with it.
		await radios.nth(correctIndex).evaluate((radio) => radio.scrollIntoView());
		const checkedIndex = async () =>
			await radios.evaluateAll((all) => all.findIndex((radio) => (radio as HTMLInputElement).checked));
		for (let step = 0; step < 4 && (await checkedIndex()) !== correctIndex; step++)
			await page.keyboard.press('ArrowDown');
		await expect(radios.nth(correctIndex)).toBeChecked();
		await expect(quiz.status(), 'moving after an answer is not a new answer').toHaveText(wrong);
		await expect(first.locator('.note-quiz__feedback')).toHaveText(wrong);
		await page.keyboard.press('Enter');
		await expect(first.locator('.note-quiz__feedback')).toHaveText('1번 정답입니다.');
		await expect(quiz.status()).toHaveText('1번 정답입니다.');

		const link = first.getByRole('link', { name: /다시 읽기$/ });
		await expect(link).toBeVisible();
		const href = (await link.getAttribute('href'))!;
		expect(href.startsWith(`${BASE_PATH}/`)).toBe(true);
		await link.click();
		await expect(
			page.locator(`[id="${decodeURIComponent(new URL(href, page.url()).hash.slice(1))}"]`),
		).toBeInViewport();
	});

	test('a Space pressed before the marking code arrives still answers', async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/note-quiz\.[\w-]+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('security-groups/');
		const quiz = new NoteQuizSection(page);
		const first = quiz.question(1);
		await first.getByRole('radio').first().focus();
		await page.keyboard.press('Space');
		await expect(first.getByRole('radio').first()).toBeChecked();
		await expect(first.locator('.note-quiz__feedback')).toBeHidden();
		release();
		await expect(first.locator('.note-quiz__feedback')).toHaveText(/^1번 (정답|오답)입니다\./);
		await expect(quiz.status()).toHaveText(/^1번 (정답|오답)입니다\./);
	});

	test('an option focused before the quiz script ran still answers to Space', async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/NoteQuiz\.astro_astro_type_script[\w.-]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('security-groups/');
		const quiz = new NoteQuizSection(page);
		await quiz.question(1).getByRole('radio').first().focus();
		release();
		// The quiz's script runs with focus inside the quiz already, so no `focusin` comes to load the marking code.
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Space');
		await expect(quiz.question(1).locator('.note-quiz__feedback')).toHaveText(/^1번 (정답|오답)입니다\./);
	});

	test('without JavaScript every answer still reveals, with its section link', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('elastic-ip/');
		const quiz = new NoteQuizSection(page);
		const questions = quiz.section.getByRole('listitem');
		await expect(questions).toHaveCount(5);
		for (let index = 1; index <= 5; index++) {
			const question = quiz.question(index);
			const correct = await quiz.correctChoice(index);
			await question.getByText('정답 보기').click();
			await expect(question.getByText(/^정답: /)).toHaveText(new RegExp(`^정답: ${correct}\\.`));
			await expect(question.getByRole('link', { name: /다시 읽기$/ })).toHaveAttribute(
				'href',
				/^\/aws-ec2-notes\/elastic-ip\/#/,
			);
		}
		await context.close();
	});

	test('quiz text and the 복습 page stay out of the search index', async ({ page }) => {
		await page.goto('lifecycle/');
		await expect(
			page.locator('[data-pagefind-ignore]').filter({ has: page.getByRole('heading', { name: '확인 문제' }) }),
		).toHaveCount(1);
		// The index the server serves, built into dist/ by the web server command: gzip JSON, URLs without the base.
		const folder = 'dist/pagefind/fragment';
		const fragments = readdirSync(folder).map(
			(file) =>
				JSON.parse(
					gunzipSync(readFileSync(join(folder, file)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				) as {
					url: string;
					content: string;
				},
		);
		expect(fragments.map((fragment) => fragment.url)).toContain('/lifecycle/');
		expect(fragments.map((fragment) => fragment.url)).not.toContain('/review/');
		for (const { url, content } of fragments) {
			expect(content, url).not.toContain('○○○');
			expect(content, url).not.toContain('정답 보기');
		}
	});

	for (const theme of ['light', 'dark']) {
		test(`an answered question passes axe and fits 375 px in the ${theme} theme`, async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 812 });
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto('placement-groups/');
			const quiz = new NoteQuizSection(page);
			await quiz.question(1).getByRole('radio').first().check();
			await quiz.question(2).getByRole('radio').last().check();
			await expect(quiz.question(2).locator('.note-quiz__feedback')).toBeVisible();
			expect(await axeViolations(page, '.note-quiz')).toEqual([]);
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
		});
	}
});

test.describe('복습', () => {
	test('three cards reviewed by keyboard keep their schedule across a reload', async ({ page }) => {
		const deck = new ReviewDeckPage(page);
		await deck.open();
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${studyTerms.length}개`);
		const known = await deck.answer(true);
		const missed = await deck.answer(false);
		const knownAgain = await deck.answer(true);
		expect(new Set([known, missed, knownAgain]).size).toBe(3);
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${studyTerms.length - 3}개`);

		await page.reload();
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${studyTerms.length - 3}개`);
		const stored = JSON.parse((await deck.stored())!) as { version: number; cards: Record<string, { box: number }> };
		expect(stored.version).toBe(1);
		expect(
			Object.values(stored.cards)
				.map((card) => card.box)
				.sort(),
		).toEqual([1, 2, 2]);
		// The next card is one not reviewed yet.
		await page.getByRole('button', { name: '용어 보기' }).click();
		await expect(page.getByText(/^정답: /).locator('strong')).not.toHaveText(
			new RegExp(`^(${[known, missed, knownAgain].join('|')})$`),
		);
	});

	test('filters by note and resets only after confirmation', async ({ page }) => {
		const deck = new ReviewDeckPage(page);
		await deck.open();
		await page.getByLabel('노트').selectOption('ami');
		const amiTerms = studyTerms.filter((term) => term.home.page === 'ami');
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${amiTerms.length}개`);
		const term = await deck.answer(true);
		expect(amiTerms.map((entry) => entry.term)).toContain(term);
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${amiTerms.length - 1}개`);

		await page.getByRole('button', { name: '복습 기록 초기화' }).click();
		await expect(page.getByText(/되돌릴 수 없습니다/)).toBeFocused();
		await page.getByRole('button', { name: '취소' }).click();
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${amiTerms.length - 1}개`);
		await page.getByRole('button', { name: '복습 기록 초기화' }).click();
		await page.getByRole('button', { name: '기록 지우기' }).click();
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${amiTerms.length}개`);
		expect(await deck.stored()).toBeNull();
	});

	test('corrupt stored progress is discarded with a calm notice', async ({ page }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('aws-ec2-notes:study:v1', '{"version":1,"cards":{"x":{"box":9}}');
				sessionStorage.setItem('seeded', '1');
			}
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const deck = new ReviewDeckPage(page);
		await deck.open();
		await expect(page.getByRole('status')).toHaveText('저장된 복습 기록을 읽을 수 없어 처음부터 시작합니다.');
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${studyTerms.length}개`);
		await deck.answer(true);
		await page.reload();
		await expect(page.getByRole('status')).toHaveCount(0);
		await expect(deck.count()).toHaveText(`오늘 복습할 카드 ${studyTerms.length - 1}개`);
		expect(errors).toEqual([]);
	});

	test('without JavaScript the page says it needs JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('review/');
		await expect(page.getByText(/JavaScript가 켜져 있어야 동작합니다/)).toBeVisible();
		await expect(page.locator('.review-deck').getByRole('link', { name: '용어집' })).toHaveAttribute(
			'href',
			'../glossary/',
		);
		await context.close();
	});

	for (const theme of ['light', 'dark']) {
		test(`mid-session the deck passes axe and fits 375 px in the ${theme} theme`, async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 812 });
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const deck = new ReviewDeckPage(page);
			await deck.open();
			await deck.answer(false);
			await page.getByRole('button', { name: '용어 보기' }).click();
			await expect(page.getByRole('button', { name: '알았어요' })).toBeVisible();
			expect(await axeViolations(page, '.review-deck')).toEqual([]);
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
		});
	}
});
