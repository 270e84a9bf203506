/** A guided tour resolved for its player: each step with the record it shows, in both languages. */
import type { Tour } from '$lib/content/check';
import { plainDate } from '$lib/format/dates';
import { content, eventsById, figuresById } from './content';
import { journeyOf, placeInYear, timelineOf } from './views';

export const toursBySlug = new Map(content.tours.map((tour) => [tour.slug, tour]));

function stepData(tour: Tour, index: number) {
	const step = tour.zh.steps[index];
	const text = { zh: tour.zh.steps[index].text, en: tour.en.steps[index].text };
	if ('event' in step) {
		const event = eventsById.get(step.event)!;
		return {
			kind: 'event' as const,
			text,
			event: {
				id: event.id,
				title: event.title,
				date: plainDate(event.date),
				summary: event.summary,
				places: event.places.map((id) => placeInYear(id, event.date.year)),
				sourceCount: event.sources.length
			}
		};
	}
	if ('figure' in step) {
		const figure = figuresById.get(step.figure)!;
		return {
			kind: 'figure' as const,
			text,
			figure: {
				id: figure.id,
				name: figure.name,
				birth: plainDate(figure.birth.date),
				death: figure.death && plainDate(figure.death.date),
				summary: figure.summary
			}
		};
	}
	if ('timeline' in step) {
		const { from, to, figures = [] } = step.timeline;
		const events = content.events.filter((e) => e.date.year >= from && e.date.year <= to);
		return { kind: 'timeline' as const, text, from, to, figures, timeline: timelineOf(events, figures) };
	}
	const figure = figuresById.get(step.map.figure)!;
	return { kind: 'map' as const, text, figureId: figure.id, journey: journeyOf(figure) };
}

export type TourStepData = ReturnType<typeof stepData>;

export function tourData(tour: Tour) {
	const meta = (lang: 'zh' | 'en') => {
		const { steps: _steps, body: _body, ...rest } = tour[lang];
		return rest;
	};
	return {
		slug: tour.slug,
		zh: meta('zh'),
		en: meta('en'),
		steps: tour.zh.steps.map((_, i) => stepData(tour, i))
	};
}

/** The list of tours, for the tours page and the kiosk. */
export const tourSummaries = () =>
	content.tours.map((tour) => ({
		slug: tour.slug,
		title: { zh: tour.zh.title, en: tour.en.title },
		summary: { zh: tour.zh.summary, en: tour.en.summary },
		audience: { zh: tour.zh.audience, en: tour.en.audience },
		minutes: tour.zh.minutes,
		steps: tour.zh.steps.length
	}));
