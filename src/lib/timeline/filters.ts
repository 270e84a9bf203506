/** Which events the timeline and its text twin show: the same selector for both (REQUIREMENTS A-05). */
export interface Filterable {
	span: readonly [number, number];
	themes: readonly string[];
	figures: readonly string[];
	places: readonly string[];
}

export interface TimelineFilter {
	theme?: string;
	figure?: string;
	place?: string;
}

/** Events matching every filter that is set. */
export function filterEvents<T extends Filterable>(
	events: readonly T[],
	{ theme, figure, place }: TimelineFilter
): T[] {
	return events.filter(
		(e) =>
			(!theme || e.themes.includes(theme)) &&
			(!figure || e.figures.includes(figure)) &&
			(!place || e.places.includes(place))
	);
}

/** Events that overlap the domain (a year-only event is visible in any part of its year). */
export function eventsInDomain<T extends Pick<Filterable, 'span'>>(
	events: readonly T[],
	[d0, d1]: readonly [number, number]
): T[] {
	return events.filter((e) => e.span[1] > d0 && e.span[0] < d1);
}
