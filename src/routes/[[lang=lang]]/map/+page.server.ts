import { content, placesById } from '$lib/server/content';
import { eventSpan } from '$lib/timeline/layout';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	places: content.places
		.filter((p) => content.indexes.eventsByPlace[p.id] || content.indexes.figuresByPlace[p.id])
		.map(({ id, names, lat, lng, region, prefecture }) => ({ id, names, lat, lng, region, prefecture })),
	events: content.events
		.filter((e) => e.places.some((id) => placesById.has(id)) || e.figures.length)
		.map(({ id, title, date, endDate, places, figures }) => ({
			id,
			title,
			date: { year: date.year, month: date.month, day: date.day, precision: date.precision, qualifier: date.qualifier },
			span: eventSpan(date, endDate),
			sortKey: date.sortKey,
			places,
			figures
		})),
	figures: content.figures.map(({ id, name, birth, death }) => ({
		id,
		name,
		birth: {
			sortKey: birth.date.sortKey,
			date: { year: birth.date.year, month: birth.date.month, day: birth.date.day, precision: birth.date.precision },
			place: birth.place
		},
		death: death && {
			sortKey: death.date.sortKey,
			date: { year: death.date.year, month: death.date.month, day: death.date.day, precision: death.date.precision },
			place: death.place
		}
	})),
	figuresByPlace: content.indexes.figuresByPlace,
	admin: content.administration.map(({ id, start, end, text, regions }) => ({
		id,
		start: start.year,
		end: end?.year,
		text,
		regions
	}))
});
