import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: content.site,
	eras: content.eras,
	counts: {
		events: content.events.length,
		figures: content.figures.length,
		places: content.places.length,
		tours: content.tours.length,
		terms: content.glossary.length
	}
});
