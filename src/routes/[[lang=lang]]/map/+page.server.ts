import { content, eventsById } from '$lib/server/content';
import type { PageServerLoad } from './$types';

const REGIONS = ['sichuan', 'chongqing', 'china', 'abroad'] as const;

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	regions: REGIONS.map((region) => ({
		region,
		places: content.places
			.filter((place) => place.region === region)
			.map((place) => ({
				...place,
				events: (content.indexes.eventsByPlace[place.id] ?? []).map((id) => {
					const event = eventsById.get(id)!;
					return { id, title: event.title, date: event.date };
				})
			}))
	})).filter((group) => group.places.length > 0)
});
