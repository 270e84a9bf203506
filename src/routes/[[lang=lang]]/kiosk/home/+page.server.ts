import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: content.site,
	eras: content.eras,
	counts: {
		events: content.events.length,
		figures: content.figures.length,
		// The places the map shows over the whole century: those with events (not the birthplaces of figures only).
		places: Object.keys(content.indexes.eventsByPlace).length,
		tours: content.tours.length,
		terms: content.glossary.length
	}
});
