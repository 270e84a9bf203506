import { content, modifiedOfAll } from '$lib/server/content';
import { currentName } from '$lib/places/names';
import { toLifeLine } from '$lib/timeline/items';
import { timelineItem } from '$lib/server/views';
import { EXTENT } from '$lib/timeline/layout';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	siteTitle: content.site.shortTitle,
	modified: modifiedOfAll('event:'),
	events: content.events.map(timelineItem),
	eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
	figures: content.figures.map((f) => toLifeLine(f, EXTENT[1])),
	themes: content.themes.map(({ id, label }) => ({ id, label })),
	// The timeline sorts its place filter in the reader's alphabet itself.
	places: content.places
		.filter((p) => content.indexes.eventsByPlace[p.id])
		.map((p) => ({ id: p.id, label: currentName(p) }))
})) satisfies PageServerLoad;
