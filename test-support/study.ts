import { expect, type Locator, type Page } from '@playwright/test';

/** The 확인 문제 section at the end of a note page. */
export class NoteQuizSection {
	readonly section: Locator;
	constructor(readonly page: Page) {
		this.section = page.getByRole('region', { name: '확인 문제' });
	}

	question(number: number): Locator {
		return this.section.getByRole('listitem').nth(number - 1);
	}

	/** The choice that is right for question `number`, read from the markup the server rendered. */
	async correctChoice(number: number): Promise<string> {
		const question = this.question(number);
		const answer = await question.getAttribute('data-answer');
		const label = question.locator('label', { has: this.page.locator(`input[value="${answer}"]`) });
		return (await label.innerText()).trim();
	}

	status(): Locator {
		return this.section.locator('[aria-live="polite"]');
	}
}

/** The 복습 page's flashcard deck. */
export class ReviewDeckPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('review/');
		await expect(this.page.getByRole('button', { name: '복습 기록 초기화' })).toBeVisible();
	}

	count(): Locator {
		return this.page.getByText(/^오늘 복습할 카드 \d+개$/);
	}

	async dueCount(): Promise<number> {
		return Number((await this.count().innerText()).match(/\d+/)![0]);
	}

	prompt(): Locator {
		return this.page.locator('.review-card__prompt');
	}

	/** Reveals the current card by keyboard and answers it; returns the term it showed. */
	async answer(known: boolean): Promise<string> {
		await this.page.getByRole('button', { name: '용어 보기' }).focus();
		await this.page.keyboard.press('Enter');
		const answer = this.page.getByText(/^정답: /);
		await expect(answer).toBeFocused();
		const term = (await answer.locator('strong').innerText()).trim();
		await this.page.getByRole('button', { name: known ? '알았어요' : '몰랐어요' }).click();
		await expect(this.page.locator('.review-deck [aria-live="polite"]')).toContainText(term);
		return term;
	}

	stored(): Promise<string | null> {
		return this.page.evaluate(() => localStorage.getItem('aws-ec2-notes:study:v1'));
	}
}
