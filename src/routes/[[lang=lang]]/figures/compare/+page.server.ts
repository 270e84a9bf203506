import { content, placesById } from '$lib/server/content';
import { lifePlaces, toMapEvent, toMapFigure, toMapPlace } from '$lib/map/items';
import { toLifeLine } from '$lib/timeline/items';
import { timelineItem } from '$lib/server/views';
import { EXTENT } from '$lib/timeline/layout';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const withFigures = content.events.filter((e) => e.figures.length);
	return {
		siteTitle: content.site.shortTitle,
		eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
		figures: content.figures.map((f) => ({ id: f.id, name: f.name, life: toLifeLine(f, EXTENT[1]) })),
		events: withFigures.map(timelineItem),
		// Every life's places and events: the reader can pick any two without another request.
		map: {
			places: [...new Set(content.figures.flatMap((f) => lifePlaces(f, withFigures)))]
				.filter((id) => placesById.has(id))
				.map((id) => toMapPlace(placesById.get(id)!)),
			events: withFigures.map(toMapEvent),
			figures: content.figures.map(toMapFigure)
		}
	};
};
