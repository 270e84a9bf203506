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
import { escapeHtml } from '$lib/format/html';
import { formatDate, formatSpan } from '$lib/format/dates';
import { t, type Lang } from '$lib/i18n';

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

/** A TimelineJS date object: only the parts the source gives (a year-only date is never 1 January). */
function timelineJsDate(d: HistoricDate, lang: Lang) {
	return {
		year: d.year,
		...(d.precision !== 'year' && { month: d.month }),
		...(d.precision === 'day' && { day: d.day }),
		display_date: formatDate(d, lang)
	};
}

/**
 * The events in Knight Lab's TimelineJS JSON format (https://timeline.knightlab.com/docs/json-format.html), in one
 * language, for teachers who build their own timelines with it (REQUIREMENTS idea "open export"). Dates keep their
 * precision and qualifier ("约1930年" as display_date); a disputed date or a single source is said in the text, and
 * every slide links to the event's page in the exhibition, where its sources are.
 */
export function timelineJs(content: Content, lang: Lang, siteUrl: string) {
	// Relative to the site's address, which may have a path of its own (https://museum.example.cn/exhibition/).
	const url = (path: string) => new URL((lang === 'en' ? `en${path}` : path).replace(/^\//, ''), siteUrl).href;
	const eraTitle = new Map(content.eras.map((era) => [era.id, era.title[lang]]));
	return {
		title: {
			text: {
				headline: escapeHtml(content.site.title[lang]),
				text: `<p>${escapeHtml(content.site.intro[lang])}</p><p><a href="${url('/')}">${escapeHtml(url('/'))}</a></p>`
			}
		},
		events: content.events.map((e) => {
			const { disputed, singleSource } = evidenceOf(e);
			const cautions = [disputed && t(lang, 'sourcesDiffer'), singleSource && t(lang, 'singleSource')].filter(
				(caution): caution is string => Boolean(caution)
			);
			return {
				unique_id: e.id,
				start_date: timelineJsDate(e.date, lang),
				...(e.endDate && { end_date: timelineJsDate(e.endDate, lang) }),
				display_date: formatSpan(e.date, e.endDate, lang),
				group: eraTitle.get(e.era),
				text: {
					headline: escapeHtml(e.title[lang]),
					text: [
						`<p>${escapeHtml(e.summary[lang])}</p>`,
						cautions.length ? `<p><em>${cautions.map(escapeHtml).join(' · ')}</em></p>` : '',
						`<p><a href="${url(`/events/${e.id}/`)}">${escapeHtml(t(lang, 'exportSourcesLink'))}</a></p>`
					].join('')
				}
			};
		}),
		eras: content.eras.map((era) => ({
			start_date: { year: era.start },
			end_date: { year: era.end },
			text: { headline: escapeHtml(era.title[lang]) }
		}))
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
	const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
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
			...(['zh', 'en'] as const).map((lang) => ({
				name: `timelinejs-${lang}`,
				path: url(`/data/timelinejs/${lang}.json`),
				format: 'json',
				mediatype: 'application/json',
				description: `The events in TimelineJS's JSON format, in ${lang === 'zh' ? 'Chinese' : 'English'}, each linking to its page`
			})),
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
