/**
 * A lesson a teacher builds (issue #8): a selection from the exhibition, a way to start and a prompt for the class,
 * all held in the URL, so that nothing is stored anywhere and the link is the lesson.
 *
 * ?era=revolution&themes=law-rights,family&figures=zhao-yiman&events=marriage-law-1950&start=timeline&mode=guided&prompt=…
 */
export const STARTS = ['timeline', 'map', 'figures'] as const;
export type Start = (typeof STARTS)[number] | `tour:${string}`;
export type Mode = 'guided' | 'free';

export interface Lesson {
	era?: string;
	themes: string[];
	figures: string[];
	events: string[];
	start: Start;
	mode: Mode;
	prompt: string;
}

/** What the site knows, to keep only valid ids from a link. */
export interface Known {
	eras: Set<string>;
	themes: Set<string>;
	figures: Set<string>;
	events: Set<string>;
	tours: Set<string>;
}

export const PROMPT_MAX = 300;
export const EMPTY_LESSON: Lesson = {
	themes: [],
	figures: [],
	events: [],
	start: 'timeline',
	mode: 'free',
	prompt: ''
};

export function encodeLesson(lesson: Lesson): URLSearchParams {
	const params = new URLSearchParams();
	if (lesson.era) params.set('era', lesson.era);
	if (lesson.themes.length) params.set('themes', lesson.themes.join(','));
	if (lesson.figures.length) params.set('figures', lesson.figures.join(','));
	if (lesson.events.length) params.set('events', lesson.events.join(','));
	params.set('start', lesson.start);
	params.set('mode', lesson.mode);
	if (lesson.prompt.trim()) params.set('prompt', lesson.prompt.trim().slice(0, PROMPT_MAX));
	return params;
}

/** Reads a lesson from a link; anything unknown or malformed is dropped, never an error. */
export function decodeLesson(params: URLSearchParams, known: Known): Lesson {
	const list = (key: string, valid: Set<string>) => [
		...new Set((params.get(key) ?? '').split(',').filter((id) => valid.has(id)))
	];
	const era = params.get('era') ?? undefined;
	const start = params.get('start') ?? '';
	const tour = start.startsWith('tour:') && known.tours.has(start.slice(5));
	return {
		era: era && known.eras.has(era) ? era : undefined,
		themes: list('themes', known.themes),
		figures: list('figures', known.figures),
		events: list('events', known.events),
		start: tour || (STARTS as readonly string[]).includes(start) ? (start as Start) : 'timeline',
		mode: params.get('mode') === 'guided' ? 'guided' : 'free',
		prompt: (params.get('prompt') ?? '').slice(0, PROMPT_MAX)
	};
}

/**
 * Where "start" leads: the view with the lesson's selection as its state.
 * @example startPath({ era: 'revolution', … start: 'timeline' }, { revolution: [1921, 1949] }) // "/timeline/?from=1921&to=1949&theme=…"
 */
export function startPath(lesson: Lesson, eraYears: Record<string, [number, number]>): string {
	if (lesson.start.startsWith('tour:')) return `/tours/${lesson.start.slice(5)}/`;
	const params = new URLSearchParams();
	const years = lesson.era ? eraYears[lesson.era] : undefined;
	if (lesson.start === 'figures') {
		if (lesson.era) params.set('era', lesson.era);
	} else {
		if (years) {
			params.set('from', String(years[0]));
			params.set('to', String(years[1]));
		}
		if (lesson.start === 'timeline') {
			if (lesson.themes.length === 1) params.set('theme', lesson.themes[0]);
			if (lesson.figures.length) params.set('lives', lesson.figures.join(','));
		} else if (lesson.figures.length === 1) params.set('figure', lesson.figures[0]);
	}
	const query = params.toString();
	return `/${lesson.start}/${query ? `?${query}` : ''}`;
}
