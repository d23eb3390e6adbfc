/**
 * Instant marking for the 확인 문제 (NoteQuiz.astro), loaded on first interaction: marks the chosen option
 * right or wrong in colour and in words, opens the answer with its section link, and announces the result
 * through the quiz's polite live region.
 */
import { quizFeedback } from '../../lib/study/quiz.ts';

class NoteQuiz extends HTMLElement {
	connectedCallback() {
		this.addEventListener('change', (event) => {
			if (event.target instanceof HTMLInputElement) this.mark(event.target, true);
		});
		// A choice made while this module was loading.
		for (const input of this.querySelectorAll<HTMLInputElement>('input:checked')) this.mark(input, true);
	}

	private mark(input: HTMLInputElement, announce: boolean) {
		const question = input.closest<HTMLElement>('[data-answer]');
		if (!question) return;
		const number = [...this.querySelectorAll('[data-answer]')].indexOf(question) + 1;
		const correct = input.value === question.dataset.answer;
		const text = quizFeedback(number, correct, question.dataset.answerLabel ?? '');
		question.dataset.result = correct ? 'right' : 'wrong';
		for (const label of question.querySelectorAll('label')) {
			const option = label.querySelector('input')!;
			label.dataset.mark = option.value === question.dataset.answer ? 'answer' : option.checked ? 'chosen' : '';
		}
		const feedback = question.querySelector<HTMLElement>('.note-quiz__feedback');
		if (feedback) {
			feedback.textContent = text;
			feedback.hidden = false;
		}
		const details = question.querySelector('details');
		if (details) details.open = true;
		const status = this.querySelector('[data-quiz-status]');
		if (announce && status) status.textContent = text;
	}
}

if (!customElements.get('note-quiz')) customElements.define('note-quiz', NoteQuiz);
