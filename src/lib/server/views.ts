/** Data shaped for the views that several pages show: a figure's journey on the map, a stretch of the timeline. */
import { currentName, thenAndNow } from '$lib/places/names';
import { lifePlaces, toMapEvent, toMapFigure, toMapPlace } from '$lib/map/items';
import { toLifeLine, toTimelineItem } from '$lib/timeline/items';
import { EXTENT } from '$lib/timeline/layout';
import type { Figure, TimelineEvent } from '$lib/content/schema';
import { content, eventsById, figuresById, placesById } from './content';

/** How many chapters and tours rely on each key event: where the timeline is crowded, the most relied on keep labels. */
const reliance = new Map<string, number>();
for (const ids of [
	...content.chapters.map((chapter) => chapter.zh.keyEvents),
	...content.tours.map((tour) => tour.zh.steps.flatMap((step) => ('event' in step ? [step.event] : [])))
]) {
	for (const id of new Set(ids)) reliance.set(id, (reliance.get(id) ?? 0) + 1);
}

/** An event as the timeline draws it, with its weight as a key event (0 for the others). */
export const timelineItem = (event: TimelineEvent) => toTimelineItem(event, reliance.get(event.id) ?? 0);

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
		events: events.map(timelineItem),
		lines: figureIds.map((id) => toLifeLine(figuresById.get(id)!, EXTENT[1])),
		eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
		places: [...new Set(events.flatMap((e) => e.places))].map((id) => ({ id, label: currentName(placesById.get(id)!) }))
	};
}

/** What the exhibition holds, as the home pages (online and kiosk) count it for visitors. */
export function exhibitionCounts() {
	return {
		events: content.events.length,
		figures: content.figures.length,
		// The places the map shows over the whole century: those with events (not the birthplaces of figures only).
		places: Object.keys(content.indexes.eventsByPlace).length,
		tours: content.tours.length,
		terms: content.glossary.length
	};
}
