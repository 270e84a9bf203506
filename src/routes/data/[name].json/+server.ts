import { error, json } from '@sveltejs/kit';
import type { JSON_DATASETS } from '$lib/content/export';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * Open data: the validated, resolved content as JSON (field dictionary: data/README.md).
 * Dates keep their original string in `value` and add the parsed `year`/`month`/`day`/`precision`.
 */
// Typed by the list that the About page and datapackage.json describe: a dataset cannot be added to one only.
const datasets: Record<keyof typeof JSON_DATASETS, () => object> = {
	events: () => ({ events: content.events }),
	figures: () => ({ figures: content.figures, eventsByFigure: content.indexes.eventsByFigure }),
	places: () => ({
		places: content.places,
		eventsByPlace: content.indexes.eventsByPlace,
		figuresByPlace: content.indexes.figuresByPlace
	}),
	eras: () => ({ eras: content.eras, eventsByEra: content.indexes.eventsByEra }),
	themes: () => ({ themes: content.themes, eventsByTheme: content.indexes.eventsByTheme })
};

export const prerender = true;

export const entries: EntryGenerator = () => Object.keys(datasets).map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const dataset = datasets[params.name as keyof typeof datasets];
	if (!dataset) error(404, `No dataset "${params.name}"`);
	return json({ title: content.site.title, ...dataset() });
};
