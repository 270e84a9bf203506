import { error } from '@sveltejs/kit';
import { content, erasById, eventsById, figuresById, placesById, themesById, modifiedOf } from '$lib/server/content';
import { thenAndNow } from '$lib/places/names';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	content.events.flatMap((event) => [{ id: event.id }, { lang: 'en', id: event.id }]);

export const load = (({ params }) => {
	const event = eventsById.get(params.id);
	if (!event) error(404, `No event "${params.id}"`);
	const index = content.events.indexOf(event);
	const neighbour = (i: number) => {
		const other = content.events[i];
		return other && { id: other.id, title: other.title, date: other.date };
	};
	return {
		siteTitle: content.site.shortTitle,
		modified: modifiedOf(`event:${event.id}`),
		event,
		era: erasById.get(event.era)!.title,
		places: event.places.map((id) => {
			const place = placesById.get(id)!;
			return { id, zh: thenAndNow(place, event.date.year, 'zh'), en: thenAndNow(place, event.date.year, 'en') };
		}),
		figures: event.figures.map((id) => ({ id, name: figuresById.get(id)!.name })),
		themes: event.themes.map((id) => themesById.get(id)!.label),
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
}) satisfies PageServerLoad;
