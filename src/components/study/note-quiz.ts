/**
 * Instant marking for the 확인 문제 (NoteQuiz.astro), loaded on first interaction: marks the chosen option
 * right or wrong in colour and in words (a click answers at once; with the keyboard, arrows move and Space or
 * Enter answers), opens the answer with its section link, and announces the result
 * through the quiz's polite live region.
 */
import { quizFeedback } from '../../lib/study/quiz.ts';

/** Keys with which a radio group moves its checked option: moving is not answering. */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

class NoteQuiz extends HTMLElement {
	/** Set by an arrow key, read by the `change` it causes: the browser checks the next option as focus moves. */
	private moving = false;

	connectedCallback() {
		this.addEventListener('keydown', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement)) return;
			if (MOVE_KEYS.has(event.key)) this.moving = true;
			// Space or Enter answers with the focused option, so a keyboard reader can walk the options first.
			else if (event.key === ' ' || event.key === 'Enter') {
				event.preventDefault();
				input.checked = true;
				this.mark(input);
			}
		});
		this.addEventListener('keyup', () => (this.moving = false));
		this.addEventListener('change', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement)) return;
			// An arrow only moves the choice: the marks stay on the answer given until Space, Enter or a click.
			if (this.moving) {
				this.moving = false;
				return;
			}
			this.mark(input);
		});
		// A choice made while this module was loading answers, unless the loader saw an arrow key make it.
		const lastKey = this.dataset.lastKey;
		if (lastKey === undefined || !MOVE_KEYS.has(lastKey))
			for (const input of this.querySelectorAll<HTMLInputElement>('input:checked')) this.mark(input);
	}

	private mark(input: HTMLInputElement) {
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
		if (status) status.textContent = text;
	}
}

if (!customElements.get('note-quiz')) customElements.define('note-quiz', NoteQuiz);
