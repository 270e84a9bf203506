/**
 * Open data in the formats people reuse without writing code (REQUIREMENTS item 25, idea "open export"): the events
 * as a spreadsheet (CSV), the places as GeoJSON for any GIS or web map, and a Frictionless Data Package
 * (`datapackage.json`) that describes every file. The JSON files under /data/ stay the complete record; these are
 * flat views of it. Pure functions of the checked content.
 */
import type { Content } from './check';
import { evidenceOf } from './evidence';
import type { HistoricDate } from './schema';
import { csvText } from '$lib/format/csv';

const LIST = ';';

/** The columns of events.csv, each with its description for the data package. */
export const EVENT_COLUMNS = [
	['id', 'string', 'The event’s id; its page is /events/<id>/ (Chinese) and /en/events/<id>/ (English)'],
	['date', 'string', 'The date as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD (a year is never 1 January)'],
	['year', 'integer', 'The year of the date'],
	['precision', 'string', 'year, month or day'],
	['qualifier', 'string', 'approximate, before or after; empty when the date is exact to its precision'],
	['end_date', 'string', 'The end of an event that spans time, in the same form as date'],
	[
		'date_disputed',
		'boolean',
		'true when sources disagree on the date (the variants are on its page and in events.json)'
	],
	['era', 'string', 'The era’s id (eras.json)'],
	['title_zh', 'string', 'Title in Chinese'],
	['title_en', 'string', 'Title in English'],
	['summary_zh', 'string', 'Summary in Chinese'],
	['summary_en', 'string', 'Summary in English'],
	['themes', 'string', 'Theme ids (themes.json), separated by ";"'],
	['places', 'string', 'Place ids (places.json, places.geojson), separated by ";"'],
	['figures', 'string', 'Figure ids (figures.json), separated by ";"'],
	['sources', 'integer', 'How many sources the event cites (listed on its page and in events.json)'],
	['single_source', 'boolean', 'true when the event rests on one source and carries a caution to readers']
] as const;

/** The events as CSV, one row each in chronological order (with a byte-order mark for Excel and WPS). */
export function eventsCsv(content: Content): string {
	const date = (d: HistoricDate | undefined) => d?.value ?? '';
	const rows = content.events.map((e) => {
		const { disputed, singleSource } = evidenceOf(e);
		return [
			e.id,
			date(e.date),
			e.date.year,
			e.date.precision,
			e.date.qualifier,
			date(e.endDate),
			String(disputed),
			e.era,
			e.title.zh,
			e.title.en,
			e.summary.zh,
			e.summary.en,
			e.themes.join(LIST),
			e.places.join(LIST),
			e.figures.join(LIST),
			e.sources.length,
			String(singleSource)
		];
	});
	return csvText([EVENT_COLUMNS.map(([name]) => name), ...rows]);
}

/**
 * The places as a GeoJSON FeatureCollection of points (WGS84, [longitude, latitude] as RFC 7946 requires), with
 * their names then and now and the ids of the events and figures linked to each.
 */
export function placesGeoJson(content: Content) {
	const { eventsByPlace, figuresByPlace } = content.indexes;
	return {
		type: 'FeatureCollection' as const,
		features: content.places.map((p) => {
			const now = p.names[p.names.length - 1];
			return {
				type: 'Feature' as const,
				id: p.id,
				geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
				properties: {
					id: p.id,
					name_zh: now.zh,
					name_en: now.en,
					names: p.names,
					prefecture_zh: p.prefecture.zh,
					prefecture_en: p.prefecture.en,
					region: p.region,
					precision: p.coordinates.precision,
					events: eventsByPlace[p.id] ?? [],
					figures: figuresByPlace[p.id] ?? []
				}
			};
		})
	};
}

/** The JSON datasets published at /data/<name>.json, with what each holds. */
export const JSON_DATASETS = {
	events: 'Every event with its dates (and their variants), places, figures, themes and sources',
	figures: 'Every figure with names, life dates, roles, biography and sources; eventsByFigure',
	places: 'Every place with names then and now, coordinates and their source; eventsByPlace, figuresByPlace',
	eras: 'The four eras; eventsByEra',
	themes: 'The themes; eventsByTheme'
} as const;

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing the open data. It names
 * no licence: none has been granted for the texts yet, and inventing one would mislead reusers.
 */
export function dataPackage(content: Content, siteUrl: string) {
	const url = (path: string) => new URL(path, siteUrl).href;
	return {
		name: 'sichuan-women-century',
		title: content.site.title.en,
		description: `${content.site.title.zh}. ${content.site.intro.en}`,
		homepage: siteUrl,
		contributors: [{ title: content.site.editors.en, role: 'author' }],
		resources: [
			{
				name: 'events-csv',
				path: url('/data/events.csv'),
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8-sig',
				description: 'The events, one row each in chronological order (a flat view of events.json)',
				schema: {
					fields: EVENT_COLUMNS.map(([name, type, description]) => ({ name, type, description })),
					primaryKey: 'id'
				}
			},
			{
				name: 'places-geojson',
				path: url('/data/places.geojson'),
				format: 'geojson',
				mediatype: 'application/geo+json',
				description: 'The places as WGS84 points with names then and now and the linked events and figures'
			},
			...Object.entries(JSON_DATASETS).map(([name, description]) => ({
				name,
				path: url(`/data/${name}.json`),
				format: 'json',
				mediatype: 'application/json',
				description
			}))
		]
	};
}
