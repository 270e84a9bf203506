import { content, placesById } from '$lib/server/content';
import { toMapEvent, toMapFigure, toMapPlace } from '$lib/map/items';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	places: content.places
		.filter((p) => content.indexes.eventsByPlace[p.id] || content.indexes.figuresByPlace[p.id])
		.map(toMapPlace),
	events: content.events.filter((e) => e.places.some((id) => placesById.has(id)) || e.figures.length).map(toMapEvent),
	figures: content.figures.map(toMapFigure),
	figuresByPlace: content.indexes.figuresByPlace,
	admin: content.administration.map(({ id, start, end, text, regions }) => ({
		id,
		start: start.year,
		end: end?.year,
		text,
		regions
	}))
});
