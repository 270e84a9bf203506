import { error } from '@sveltejs/kit';
import { content, erasById, eventsById, figuresById, glossaryById, themesById, modifiedOf } from '$lib/server/content';
import { placeInYear } from '$lib/server/views';
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
		places: event.places.map((id) => placeInYear(id, event.date.year)),
		figures: event.figures.map((id) => ({ id, name: figuresById.get(id)!.name })),
		themes: event.themes.map((id) => themesById.get(id)!.label),
		terms: (content.indexes.termsByEvent[event.id] ?? []).map((id) => ({ id, term: glossaryById.get(id)!.term })),
		// The guided tours that stop at this event, opened at that stop.
		tours: content.tours.flatMap((tour) => {
			const step = tour.zh.steps.findIndex((s) => 'event' in s && s.event === event.id);
			return step < 0 ? [] : [{ slug: tour.slug, step: step + 1, title: { zh: tour.zh.title, en: tour.en.title } }];
		}),
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
}) satisfies PageServerLoad;
