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

/** What the lesson builder offers: the same records without what only a lesson shows (summaries, places, dates of life). */
export function lessonChoices() {
	const index = lessonIndex();
	return {
		...index,
		figures: index.figures.map(({ id, name }) => ({ id, name })),
		events: index.events.map(({ id, title, date, era, themes }) => ({ id, title, date, era, themes }))
	};
}
