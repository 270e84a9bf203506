import { content, placesById } from '$lib/server/content';
import { currentName } from '$lib/places/names';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	eras: content.eras.map((era) => ({
		id: era.id,
		title: era.title,
		start: era.start,
		end: era.end,
		events: content.events
			.filter((event) => event.era === era.id)
			.map((event) => ({
				id: event.id,
				date: event.date,
				endDate: event.endDate,
				title: event.title,
				places: event.places.map((id) => currentName(placesById.get(id)!))
			}))
	}))
});
