import type { Known } from './lesson';

/** The ids a lesson link may use, from the lesson index the pages load. */
export function knownIds(index: {
	eras: { id: string }[];
	themes: { id: string }[];
	figures: { id: string }[];
	events: { id: string }[];
	tours: { slug: string }[];
}): Known {
	return {
		eras: new Set(index.eras.map((e) => e.id)),
		themes: new Set(index.themes.map((t) => t.id)),
		figures: new Set(index.figures.map((f) => f.id)),
		events: new Set(index.events.map((e) => e.id)),
		tours: new Set(index.tours.map((t) => t.slug))
	};
}
