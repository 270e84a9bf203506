/**
 * Self-check questions generated from the exhibition's data (REQUIREMENTS, "Ideas": self-checks scored locally,
 * nothing stored). Three kinds, all single choice: in which year did an event happen, which of four events came
 * first, and where the exhibition's map places an event. Only events safe to quiz on are used: one undisputed date
 * with no qualifier ("about", "before") and at least two sources (see `quizEvents` in $lib/server/quiz).
 *
 * A quiz is a pure function of its seed, so a teacher can share one by its link (`?seed=…&era=…`).
 */
import type { Localized } from '$lib/content/schema';
import { seededRandom } from '$lib/random';

export interface QuizEvent {
	id: string;
	title: Localized;
	year: number;
	era: string;
	/**
	 * The one place the map shows it at, named as in that year (then and now); absent for several or none, or when
	 * the title names the place (the question would answer itself).
	 */
	place?: QuizPlace;
}

export interface QuizPlace extends Localized {
	id: string;
	/** Today's prefecture-level unit (or city abroad), in Chinese: wrong options never share one with each other or the answer. */
	prefecture: string;
	/** Sichuan and Chongqing, or elsewhere: wrong options come from the answer's side first, so none is a giveaway. */
	area: 'sichuan' | 'elsewhere';
}

export interface QuizOption {
	key: string;
	label: Localized;
}

export interface Question {
	kind: 'when' | 'first' | 'where';
	/** The event asked about (when, where); for "first", the event that is the answer. */
	event: QuizEvent;
	options: QuizOption[];
	/** The key of the right option. */
	answer: string;
	/** For "first": each option's year, shown with the answer. */
	years?: Record<string, number>;
}

/** Questions in a set. */
export const QUIZ_SIZE = 6;
const KINDS = ['when', 'first', 'where'] as const;
const OPTIONS = 4;

/** Fisher–Yates with the given generator. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** The first `n` items of `items` whose `keyOf` differs from every earlier pick's. */
function distinct<T>(items: T[], keyOf: (item: T) => string | number, n: number): T[] {
	const seen = new Set<string | number>();
	return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item))).slice(0, n);
}

const yearLabel = (year: number): Localized => ({ zh: `${year}年`, en: String(year) });

function when(event: QuizEvent, pool: QuizEvent[], random: () => number): Question | undefined {
	if (/\d{4}/.test(event.title.zh + event.title.en)) return undefined; // the title would give the year away
	const others = distinct(
		shuffled(
			pool.filter((e) => e.year !== event.year),
			random
		),
		(e) => e.year,
		OPTIONS - 1
	);
	if (others.length < OPTIONS - 1) return undefined;
	const years = shuffled([event.year, ...others.map((e) => e.year)], random);
	return {
		kind: 'when',
		event,
		options: years.map((y) => ({ key: String(y), label: yearLabel(y) })),
		answer: String(event.year)
	};
}

function first(event: QuizEvent, pool: QuizEvent[], random: () => number): Question | undefined {
	const picked = distinct(shuffled([event, ...pool.filter((e) => e.id !== event.id)], random), (e) => e.year, OPTIONS);
	if (picked.length < OPTIONS) return undefined;
	const earliest = picked.reduce((a, b) => (b.year < a.year ? b : a));
	return {
		kind: 'first',
		event: earliest,
		options: picked.map((e) => ({ key: e.id, label: e.title })),
		answer: earliest.id,
		years: Object.fromEntries(picked.map((e) => [e.id, e.year]))
	};
}

function where(event: QuizEvent, pool: QuizEvent[], random: () => number): Question | undefined {
	const answer = event.place;
	if (!answer) return undefined;
	// Other places only: the same place named as in another year (万县, 重庆市万州区) would be a second right answer
	// marked wrong. One place per prefecture, never the answer's, so no option is a near-twin of another (渣滓洞 and
	// 白公馆); places on the answer's side (Sichuan and Chongqing, or elsewhere) first, so that a place in Moscow is
	// not the obvious odd one out among four Sichuan counties.
	const candidates = shuffled(
		pool.flatMap((e) => (e.place && e.place.id !== answer.id ? [e.place] : [])),
		random
	).sort((a, b) => Number(b.area === answer.area) - Number(a.area === answer.area));
	const others = distinct(
		candidates.filter((p) => p.prefecture !== answer.prefecture),
		(p) => p.prefecture,
		OPTIONS - 1
	);
	if (others.length < OPTIONS - 1) return undefined;
	const options = shuffled([answer, ...others], random).map(({ id, zh, en }) => ({ key: id, label: { zh, en } }));
	return { kind: 'where', event, options, answer: answer.id };
}

const MAKERS = { when, first, where };

/**
 * `count` questions on `events` (the kinds in turn), each about a different event, the same for the same seed. Wrong
 * options come from the same events, so they belong to the period being tested.
 * @example makeQuiz(events, 7).map((q) => q.kind) // ['when', 'first', 'where', 'when', 'first', 'where']
 */
export function makeQuiz(events: QuizEvent[], seed: number, count = QUIZ_SIZE): Question[] {
	const random = seededRandom(seed);
	const order = shuffled(events, random);
	const used = new Set<string>();
	const questions: Question[] = [];
	for (let i = 0; questions.length < count && i < events.length * KINDS.length; i++) {
		const kind = KINDS[questions.length % KINDS.length];
		const event = order.find((e) => !used.has(e.id) && (kind !== 'where' || e.place));
		if (!event) break;
		used.add(event.id);
		const question = MAKERS[kind](event, events, random);
		if (question) questions.push(question);
	}
	return questions;
}

/** A seed for "new questions": any positive 31-bit integer, short enough for a link. */
export const newSeed = () => 1 + Math.floor(Math.random() * 2_147_483_646);
