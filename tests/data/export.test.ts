// The open-data exports (CSV, GeoJSON, data package) read back as the records they come from.
import { describe, expect, it } from 'vitest';
import { checkContent, type Content } from '$lib/content/check';
import { dataPackage, EVENT_COLUMNS, eventsCsv, placesGeoJson } from '$lib/content/export';
import { csvField } from '$lib/format/csv';
import { readData } from './fixtures';

const result = checkContent(readData('.'));
if (!result.ok) throw new Error('data/ does not check; run npm run check:data');
const content: Content = result.content;

/** A strict RFC 4180 reader, enough to read back what eventsCsv writes (every row ends in CRLF). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	return rows;
}

describe('csvField', () => {
	it('quotes a field holding a comma, a quote or a line break, and leaves others alone', () => {
		expect(csvField('赵一曼')).toBe('赵一曼');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('the “Li Yichao” article, and "quotes"')).toBe('"the “Li Yichao” article, and ""quotes"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(1921)).toBe('1921');
	});
});

describe('events.csv', () => {
	const text = eventsCsv(content);
	const [header, ...rows] = parseCsv(text.slice(1));

	it('starts with a byte-order mark, so spreadsheets read the Chinese as UTF-8', () => {
		expect(text.charCodeAt(0)).toBe(0xfeff);
	});

	it('has one row per event, in order, and every text reads back unchanged', () => {
		expect(header).toEqual(EVENT_COLUMNS.map(([name]) => name));
		expect(rows).toHaveLength(content.events.length);
		const col = (name: string) => header.indexOf(name);
		rows.forEach((row, i) => {
			const event = content.events[i];
			expect(row).toHaveLength(header.length);
			expect(row[col('id')]).toBe(event.id);
			expect(row[col('summary_zh')]).toBe(event.summary.zh);
			expect(row[col('summary_en')]).toBe(event.summary.en);
			expect(row[col('places')].split(';').filter(Boolean)).toEqual(event.places);
		});
	});

	it('keeps a date at its precision (a year is never 1 January) and flags disputed and single-source events', () => {
		const col = (name: string) => header.indexOf(name);
		const byId = new Map(rows.map((row) => [row[col('id')], row]));
		const yearOnly = content.events.find((e) => e.date.precision === 'year')!;
		expect(byId.get(yearOnly.id)![col('date')]).toBe(String(yearOnly.date.year));
		const disputed = content.events.filter((e) => e.date.variants || e.endDate?.variants).map((e) => e.id);
		const single = content.events.filter((e) => e.singleSource).map((e) => e.id);
		expect(disputed.length).toBeGreaterThan(0);
		expect(single.length).toBeGreaterThan(0);
		expect(rows.filter((r) => r[col('date_disputed')] === 'true').map((r) => r[col('id')])).toEqual(disputed);
		expect(rows.filter((r) => r[col('single_source')] === 'true').map((r) => r[col('id')])).toEqual(single);
	});
});

describe('places.geojson', () => {
	it('puts each place at [longitude, latitude], with its current name and linked events', () => {
		const { features } = placesGeoJson(content);
		expect(features).toHaveLength(content.places.length);
		const chengdu = features.find((f) => f.id === 'chengdu')!;
		const place = content.places.find((p) => p.id === 'chengdu')!;
		expect(chengdu.geometry.coordinates).toEqual([place.lng, place.lat]);
		expect(chengdu.geometry.coordinates[0]).toBeGreaterThan(100); // longitude first: Chengdu is at about 104°E
		expect(chengdu.properties.name_zh).toBe('成都市');
		expect(chengdu.properties.events).toEqual(content.indexes.eventsByPlace.chengdu);
	});
});

describe('datapackage.json', () => {
	it('describes every file by its public URL and the CSV by its columns', () => {
		const pkg = dataPackage(content, 'https://example.org/');
		const paths = pkg.resources.map((r) => r.path);
		expect(paths).toContain('https://example.org/data/events.csv');
		expect(paths).toContain('https://example.org/data/places.geojson');
		expect(paths).toContain('https://example.org/data/events.json');
		const csv = pkg.resources.find((r) => r.name === 'events-csv')!;
		expect(csv.schema?.fields.map((f) => f.name)).toEqual(EVENT_COLUMNS.map(([n]) => n));
		expect(pkg).not.toHaveProperty('licenses');
	});
});
