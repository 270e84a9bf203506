/** What the lesson builder and a lesson need to know of the exhibition: every record, briefly. */
import type { Lang } from '$lib/i18n';
import type { Localized } from '$lib/content/schema';
import { plainDate } from '$lib/format/dates';
import { content } from './content';
import { placeInYear } from './views';

/** What both the builder and a lesson name: the site, eras, themes and tours. */
const frame = () => ({
	siteTitle: content.site.shortTitle,
	eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
	themes: content.themes.map(({ id, label }) => ({ id, label })),
	tours: content.tours.map((tour) => ({ slug: tour.slug, title: { zh: tour.zh.title, en: tour.en.title } }))
});

/** What the lesson builder offers: every era, theme, tour, figure and event, by name (and events by date). */
export function lessonChoices() {
	return {
		...frame(),
		figures: content.figures.map(({ id, name }) => ({ id, name })),
		events: content.events.map(({ id, title, date, era, themes }) => ({
			id,
			title,
			date: plainDate(date),
			era,
			themes
		}))
	};
}

/**
 * What a lesson shows: the builder's choices with dates of life, places, source counts and summaries. A lesson is
 * read from its link in the browser, so its page holds every record; the summaries are most of that weight, so they
 * come in the page's language only (the other is left empty: a lesson never shows it). That halves the page.
 */
export function lessonIndex(lang: Lang) {
	const only = (text: Localized): Localized => (lang === 'zh' ? { zh: text.zh, en: '' } : { zh: '', en: text.en });
	return {
		...frame(),
		figures: content.figures.map((f) => ({
			id: f.id,
			name: f.name,
			birth: plainDate(f.birth.date),
			death: f.death && plainDate(f.death.date),
			summary: only(f.summary)
		})),
		events: content.events.map((e) => ({
			id: e.id,
			title: e.title,
			date: plainDate(e.date),
			era: e.era,
			themes: e.themes,
			figures: e.figures,
			summary: only(e.summary),
			places: e.places.map((id) => placeInYear(id, e.date.year)),
			sourceCount: e.sources.length
		}))
	};
}

export type LessonIndex = ReturnType<typeof lessonIndex>;
