import { error } from '@sveltejs/kit';
import { content, eventsById, figuresById, placesById, modifiedOf } from '$lib/server/content';
import { currentName } from '$lib/places/names';
import { relatedFigures } from '$lib/figures/relations';
import { toLifeLine } from '$lib/timeline/items';
import { EXTENT, withoutSubject } from '$lib/timeline/layout';
import { journeyOf, placeInYear, timelineItem } from '$lib/server/views';
import { evidenceOf } from '$lib/content/evidence';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	content.figures.flatMap((figure) => [{ id: figure.id }, { lang: 'en', id: figure.id }]);

export const load = (({ params }) => {
	const figure = figuresById.get(params.id);
	if (!figure) error(404, `No figure "${params.id}"`);
	const neighbour = (i: number) => {
		const other = content.figures[i];
		return other && { id: other.id, name: other.name };
	};
	const placeAt = (moment: { date: { year: number }; place?: string } | undefined) =>
		moment?.place && placesById.has(moment.place) ? placeInYear(moment.place, moment.date.year) : undefined;
	return {
		siteTitle: content.site.shortTitle,
		modified: modifiedOf(`figure:${figure.id}`),
		figure,
		birthPlace: placeAt(figure.birth),
		deathPlace: placeAt(figure.death),
		events: (content.indexes.eventsByFigure[figure.id] ?? []).map((id) => {
			const event = eventsById.get(id)!;
			return { id, date: event.date, title: event.title, ...evidenceOf(event) };
		}),
		related: relatedFigures(figure.id, content.events, content.indexes.figuresByPlace).map((id) => {
			const { name, roles } = figuresById.get(id)!;
			return { id, name, role: roles[0] };
		}),
		previous: neighbour(content.figures.indexOf(figure) - 1),
		next: neighbour(content.figures.indexOf(figure) + 1),
		journey: journeyOf(figure),
		life: {
			// Her page names her: the chart's labels leave her name out where it begins them ("在万县被捕").
			events: (content.indexes.eventsByFigure[figure.id] ?? []).map((id) => {
				const event = eventsById.get(id)!;
				const label = {
					zh: withoutSubject(event.title, figure.name, 'zh'),
					en: withoutSubject(event.title, figure.name, 'en')
				};
				return label.zh === event.title.zh && label.en === event.title.en
					? timelineItem(event)
					: { ...timelineItem(event), label };
			}),
			line: toLifeLine(figure, EXTENT[1]),
			eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
			places: [
				...new Set((content.indexes.eventsByFigure[figure.id] ?? []).flatMap((id) => eventsById.get(id)!.places))
			].map((id) => ({
				id,
				label: currentName(placesById.get(id)!)
			}))
		}
	};
}) satisfies PageServerLoad;
