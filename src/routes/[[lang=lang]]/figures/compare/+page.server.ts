import { content } from '$lib/server/content';
import { toLifeLine, toTimelineItem } from '$lib/timeline/items';
import { EXTENT } from '$lib/timeline/layout';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
	figures: content.figures.map((f) => ({ id: f.id, name: f.name, life: toLifeLine(f, EXTENT[1]) })),
	events: content.events.filter((e) => e.figures.length).map(toTimelineItem)
});
