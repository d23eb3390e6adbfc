import { useEffect, useRef, useState } from 'preact/hooks';
import {
	MAX_BOX,
	STORAGE_KEY,
	dayOf,
	daysBetween,
	dueIds,
	emptyProgress,
	formatDay,
	nextDueDay,
	parseProgress,
	review,
	serializeProgress,
	type Day,
	type StudyProgress,
} from '../../lib/study/schedule.ts';
import './review-deck.css';

/** One flashcard as the page gives it: what to recall from and the answer with its section link. */
export interface ReviewCard {
	id: string;
	term: string;
	/** The definition with the term's names masked. */
	prompt: string;
	page: string;
	href: string;
	linkLabel: string;
}

export interface ReviewNote {
	page: string;
	title: string;
}

interface Props {
	cards: ReviewCard[];
	notes: ReviewNote[];
}

type Notice = 'corrupt' | 'outdated' | 'unavailable' | null;

const NOTICES: Record<Exclude<Notice, null>, string> = {
	corrupt: '저장된 복습 기록을 읽을 수 없어 처음부터 시작합니다.',
	outdated: '이전 버전의 복습 기록이라 처음부터 시작합니다.',
	unavailable: '이 브라우저에서는 기록을 저장할 수 없어, 이번 방문 동안만 기억합니다.',
};

function readStorage(): { progress: StudyProgress; notice: Notice } {
	try {
		return parseProgress(localStorage.getItem(STORAGE_KEY));
	} catch {
		return { progress: emptyProgress(), notice: 'unavailable' };
	}
}

/** Saves progress; false when the browser refuses (storage disabled or full). */
function writeStorage(progress: StudyProgress | null): boolean {
	try {
		if (progress) localStorage.setItem(STORAGE_KEY, serializeProgress(progress));
		else localStorage.removeItem(STORAGE_KEY);
		return true;
	} catch {
		return false;
	}
}

/**
 * The 복습 island: today's due cards (Leitner schedule in src/lib/study/schedule.ts), one at a time —
 * the reader recalls the term from its definition, reveals it and says 알았어요 or 몰랐어요.
 * Server-rendered as a note that it needs JavaScript; storage is read only after hydration.
 */
export default function ReviewDeck({ cards, notes }: Props) {
	const [ready, setReady] = useState(false);
	const [today, setToday] = useState<Day>('');
	const [progress, setProgress] = useState<StudyProgress>(emptyProgress);
	const [notice, setNotice] = useState<Notice>(null);
	const [note, setNote] = useState('');
	const [revealed, setRevealed] = useState(false);
	const [confirming, setConfirming] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const focusTarget = useRef<'answer' | 'card' | 'confirm' | 'reset' | null>(null);
	const answerRef = useRef<HTMLParagraphElement>(null);
	const cardRef = useRef<HTMLHeadingElement>(null);
	const confirmRef = useRef<HTMLParagraphElement>(null);
	const resetRef = useRef<HTMLButtonElement>(null);

	useEffect(() => {
		const stored = readStorage();
		setProgress(stored.progress);
		setNotice(stored.notice);
		setToday(dayOf(new Date()));
		setReady(true);
	}, []);

	// Moves focus where the last action left the reader: the revealed answer, the next card, the confirmation.
	useEffect(() => {
		const refs = { answer: answerRef, card: cardRef, confirm: confirmRef, reset: resetRef };
		const target = focusTarget.current;
		focusTarget.current = null;
		if (target) refs[target].current?.focus();
	});

	if (!ready) {
		return (
			<div class="review-deck review-deck--static">
				<p class="review-deck__notice">
					복습 카드는 브라우저에 기록을 남겨 일정을 정하므로 JavaScript가 켜져 있어야 동작합니다. 용어와 정의는{' '}
					<a href="../glossary/">용어집</a>에서 볼 수 있습니다.
				</p>
			</div>
		);
	}

	const shown = cards.filter((card) => note === '' || card.page === note);
	const due = dueIds(
		shown.map((card) => card.id),
		progress,
		today,
	);
	const current = shown.find((card) => card.id === due[0]);
	const next = nextDueDay(
		shown.map((card) => card.id),
		progress,
		today,
	);

	const save = (updated: StudyProgress | null) => {
		setProgress(updated ?? emptyProgress());
		if (!writeStorage(updated)) setNotice('unavailable');
	};

	const answer = (known: boolean) => {
		if (!current) return;
		const updated = review(progress, current.id, known, today);
		save(updated);
		const wait = daysBetween(today, updated.cards[current.id]!.due);
		setAnnouncement(`${known ? '알았어요' : '몰랐어요'}: ${current.term}, ${wait}일 뒤에 다시 봅니다.`);
		setRevealed(false);
		focusTarget.current = 'card';
	};

	const reset = () => {
		save(null);
		setConfirming(false);
		setRevealed(false);
		setAnnouncement('복습 기록을 모두 지웠습니다.');
		focusTarget.current = 'card';
	};

	return (
		<div class="review-deck">
			{notice && (
				<p class="review-deck__notice" role="status">
					{NOTICES[notice]}
				</p>
			)}
			<div class="review-deck__bar">
				<p class="review-deck__count">
					오늘 복습할 카드 <strong>{due.length}개</strong>
				</p>
				<label>
					노트{' '}
					<select
						value={note}
						onChange={(event) => {
							setNote(event.currentTarget.value);
							setRevealed(false);
						}}
					>
						<option value="">모든 노트</option>
						{notes.map((item) => (
							<option value={item.page}>{item.title}</option>
						))}
					</select>
				</label>
			</div>

			{current ? (
				<article class="review-card" aria-labelledby="review-card-title">
					<h2 id="review-card-title" ref={cardRef} tabIndex={-1}>
						이 정의의 용어는?
					</h2>
					<p class="review-card__prompt">{current.prompt}</p>
					<p class="review-card__meta">
						상자 {progress.cards[current.id]?.box ?? 1} / {MAX_BOX} ·{' '}
						{notes.find((item) => item.page === current.page)?.title}
					</p>
					{revealed ? (
						<div class="review-card__answer">
							<p ref={answerRef} tabIndex={-1}>
								정답: <strong>{current.term}</strong> · <a href={current.href}>{current.linkLabel}</a>
							</p>
							<div class="review-card__buttons">
								<button type="button" class="review-card__known" onClick={() => answer(true)}>
									알았어요
								</button>
								<button type="button" class="review-card__unknown" onClick={() => answer(false)}>
									몰랐어요
								</button>
							</div>
						</div>
					) : (
						<button
							type="button"
							class="review-card__reveal"
							onClick={() => {
								setRevealed(true);
								focusTarget.current = 'answer';
							}}
						>
							용어 보기
						</button>
					)}
				</article>
			) : (
				<div class="review-card">
					<h2 id="review-card-title" ref={cardRef} tabIndex={-1}>
						오늘 복습할 카드를 모두 봤습니다
					</h2>
					<p>
						{next
							? `다음 복습은 ${formatDay(next, today)}(${daysBetween(today, next)}일 뒤)입니다.`
							: '복습할 카드가 없습니다.'}
					</p>
				</div>
			)}

			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>

			<div class="review-deck__reset">
				{confirming ? (
					<div>
						<p ref={confirmRef} tabIndex={-1}>
							모든 카드의 복습 기록을 지우고 처음부터 시작할까요? 되돌릴 수 없습니다.
						</p>
						<div class="review-card__buttons">
							<button type="button" class="review-card__unknown" onClick={reset}>
								기록 지우기
							</button>
							<button
								type="button"
								onClick={() => {
									setConfirming(false);
									focusTarget.current = 'reset';
								}}
							>
								취소
							</button>
						</div>
					</div>
				) : (
					<button
						type="button"
						ref={resetRef}
						onClick={() => {
							setConfirming(true);
							focusTarget.current = 'confirm';
						}}
					>
						복습 기록 초기화
					</button>
				)}
			</div>
		</div>
	);
}
