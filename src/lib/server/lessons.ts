/** What the lesson builder and a lesson need to know of the exhibition: every record, briefly. */
import { content } from './content';
import { placeInYear } from './views';

export function lessonIndex() {
	return {
		siteTitle: content.site.shortTitle,
		eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
		themes: content.themes.map(({ id, label }) => ({ id, label })),
		tours: content.tours.map((tour) => ({ slug: tour.slug, title: { zh: tour.zh.title, en: tour.en.title } })),
		figures: content.figures.map((f) => ({
			id: f.id,
			name: f.name,
			birth: f.birth.date,
			death: f.death?.date,
			summary: f.summary
		})),
		events: content.events.map((e) => ({
			id: e.id,
			title: e.title,
			date: e.date,
			era: e.era,
			themes: e.themes,
			figures: e.figures,
			summary: e.summary,
			places: e.places.map((id) => placeInYear(id, e.date.year)),
			sourceCount: e.sources.length
		}))
	};
}

export type LessonIndex = ReturnType<typeof lessonIndex>;
