/**
 * The timeline's state in the URL, so a teacher can send a class to an exact view:
 * `?from=1930&to=1940&event=<id>&theme=<id>&figure=<id>&place=<id>&lives=<id>,<id>`.
 * `from` and `to` are years (or YYYY-MM) and both are included: from=1930&to=1940 shows 1930 to the end of 1940.
 * Anything invalid falls back to the default view, silently: a bad link still opens the timeline.
 */
import { CENTURY, EXTENT, MIN_SPAN, type Domain } from './layout';

export interface TimelineQuery {
	domain: [number, number];
	event?: string;
	theme?: string;
	figure?: string;
	place?: string;
	/** Figures whose birth–death spans are drawn as life lines. */
	lives: string[];
}

export interface KnownIds {
	events: ReadonlySet<string>;
	themes: ReadonlySet<string>;
	figures: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

const POINT = /^(\d{4})(?:-(\d{2}))?$/;

/** "1935" → 1935, "1935-11" → 1935.833…; as the end of a range, the end of that year or month. */
function parsePoint(value: string | null, asEnd: boolean): number | undefined {
	const match = value ? POINT.exec(value) : null;
	if (!match) return undefined;
	const year = Number(match[1]);
	if (match[2] === undefined) return asEnd ? year + 1 : year;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	return year + (asEnd ? month : month - 1) / 12;
}

/**
 * @example parseTimelineQuery(new URLSearchParams('from=1930&to=1940'), known).domain // [1930, 1941]
 */
export function parseTimelineQuery(params: URLSearchParams, known: KnownIds): TimelineQuery {
	const from = parsePoint(params.get('from'), false);
	const to = parsePoint(params.get('to'), true);
	const valid =
		from !== undefined && to !== undefined && to - from >= MIN_SPAN - 1e-9 && from >= EXTENT[0] && to <= EXTENT[1];
	const pick = (key: string, set: ReadonlySet<string>) => {
		const value = params.get(key);
		return value && set.has(value) ? value : undefined;
	};
	return {
		domain: valid ? [from, to] : [...CENTURY],
		event: pick('event', known.events),
		theme: pick('theme', known.themes),
		figure: pick('figure', known.figures),
		place: pick('place', known.places),
		lives: [...new Set((params.get('lives') ?? '').split(',').filter((id) => known.figures.has(id)))]
	};
}

function formatPoint(value: number, asEnd: boolean, byMonth: boolean): string {
	if (!byMonth) return String(asEnd ? Math.round(value) - 1 : Math.round(value));
	const months = asEnd ? Math.ceil(value * 12 - 1e-6) - 1 : Math.floor(value * 12 + 1e-6);
	return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/**
 * The query string for a view, leaving out whatever is at its default. Views wider than three years are rounded to
 * whole years, narrower ones to months.
 * @example timelineSearch({ domain: [1930, 1941], lives: [] }) // "?from=1930&to=1940"
 */
export function timelineSearch(query: TimelineQuery): string {
	const params = new URLSearchParams();
	const [d0, d1] = query.domain;
	const isCentury = Math.abs(d0 - CENTURY[0]) < 0.01 && Math.abs(d1 - CENTURY[1]) < 0.01;
	if (!isCentury) {
		const byMonth = d1 - d0 < 3;
		params.set('from', formatPoint(d0, false, byMonth));
		params.set('to', formatPoint(d1, true, byMonth));
	}
	for (const key of ['event', 'theme', 'figure', 'place'] as const) {
		const value = query[key];
		if (value) params.set(key, value);
	}
	if (query.lives.length) params.set('lives', query.lives.join(','));
	const search = params.toString().replaceAll('%2C', ',');
	return search ? `?${search}` : '';
}

/** The domain a query's from/to would round to, so that a view written to the URL reads back as the same view. */
export function roundDomain(domain: Domain, known: KnownIds): [number, number] {
	const search = timelineSearch({ domain: [domain[0], domain[1]], lives: [] });
	return parseTimelineQuery(new URLSearchParams(search), known).domain;
}
