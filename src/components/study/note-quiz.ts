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
				this.mark(input, true);
			}
		});
		this.addEventListener('keyup', () => (this.moving = false));
		this.addEventListener('change', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement)) return;
			const question = input.closest<HTMLElement>('[data-answer]');
			// An arrow only moves the choice; once a question is answered the marks follow it without a new announcement.
			if (this.moving) {
				this.moving = false;
				if (question?.dataset.result) this.mark(input, false);
				return;
			}
			this.mark(input, true);
		});
		// A click made while this module was loading answers; an arrow key's move (the option keeps keyboard focus) does not.
		for (const input of this.querySelectorAll<HTMLInputElement>('input:checked'))
			if (!input.matches(':focus-visible')) this.mark(input, true);
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
