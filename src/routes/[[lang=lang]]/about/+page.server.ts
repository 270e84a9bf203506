import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: content.site,
	// Events resting on one source: listed openly so that readers and teachers know what is still to be checked.
	uncorroborated: content.events
		.filter((e) => e.singleSource)
		.map((e) => ({ id: e.id, date: e.date, title: e.title, singleSource: e.singleSource! }))
});
