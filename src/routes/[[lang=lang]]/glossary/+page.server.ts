import { content, eventsById, modifiedOfAll } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	siteTitle: content.site.shortTitle,
	modified: modifiedOfAll('glossary:'),
	terms: content.glossary.map((term) => ({
		...term,
		events: term.events.map((id) => {
			const event = eventsById.get(id)!;
			return { id, title: event.title, date: event.date };
		})
	}))
})) satisfies PageServerLoad;
