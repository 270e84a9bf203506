/** Data shaped for the views that several pages show: a figure's journey on the map, a stretch of the timeline. */
import { currentName, thenAndNow } from '$lib/places/names';
import { lifePlaces, toMapEvent, toMapFigure, toMapPlace } from '$lib/map/items';
import { toLifeLine, toTimelineItem } from '$lib/timeline/items';
import { EXTENT } from '$lib/timeline/layout';
import type { Figure, TimelineEvent } from '$lib/content/schema';
import { content, eventsById, figuresById, placesById } from './content';

/** A place as a page names it for a year: its name then, and today's if it has changed, in both languages. */
export function placeInYear(id: string, year: number) {
	const place = placesById.get(id)!;
	return { id, zh: thenAndNow(place, year, 'zh'), en: thenAndNow(place, year, 'en') };
}

/** What MapView needs to draw one figure's journey (profiles, tours). */
export function journeyOf(figure: Figure) {
	return {
		places: lifePlaces(figure, content.events)
			.filter((id) => placesById.has(id))
			.map((id) => toMapPlace(placesById.get(id)!)),
		events: (content.indexes.eventsByFigure[figure.id] ?? []).map((id) => toMapEvent(eventsById.get(id)!)),
		figure: toMapFigure(figure)
	};
}

/** What the compact Timeline needs to show some events, with life lines (profiles, tours). */
export function timelineOf(events: TimelineEvent[], figureIds: string[]) {
	return {
		events: events.map(toTimelineItem),
		lines: figureIds.map((id) => toLifeLine(figuresById.get(id)!, EXTENT[1])),
		eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
		places: [...new Set(events.flatMap((e) => e.places))].map((id) => ({ id, label: currentName(placesById.get(id)!) }))
	};
}
