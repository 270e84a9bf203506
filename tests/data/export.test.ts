// The open-data exports (CSV, GeoJSON, TimelineJS, data package) read back as the records they come from.
import { describe, expect, it } from 'vitest';
import { checkContent, type Content } from '$lib/content/check';
import { dataPackage, EVENT_COLUMNS, eventsCsv, placesGeoJson, timelineJs } from '$lib/content/export';
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

describe('TimelineJS JSON', () => {
	const zh = timelineJs(content, 'zh', 'https://example.org/');
	const en = timelineJs(content, 'en', 'https://example.org/');
	const byId = new Map(content.events.map((e) => [e.id, e]));

	it('has every event once, in its language, linking to its page in that language', () => {
		expect(zh.events.map((e) => e.unique_id)).toEqual(content.events.map((e) => e.id));
		const law = zh.events.find((e) => e.unique_id === 'marriage-law-1950')!;
		expect(law.text.headline).toBe(byId.get('marriage-law-1950')!.title.zh);
		expect(law.text.text).toContain('href="https://example.org/events/marriage-law-1950/"');
		const lawEn = en.events.find((e) => e.unique_id === 'marriage-law-1950')!;
		expect(lawEn.text.text).toContain('href="https://example.org/en/events/marriage-law-1950/"');
		expect(lawEn.group).toBe(content.eras.find((era) => era.id === byId.get('marriage-law-1950')!.era)!.title.en);
		expect(zh.eras).toHaveLength(content.eras.length);
	});

	it('gives only the date parts the sources give, and shows qualifiers and doubts in words', () => {
		for (const slide of zh.events) {
			const { date } = byId.get(slide.unique_id)!;
			expect(slide.start_date.year).toBe(date.year);
			// A year-only date has no month or day, so TimelineJS does not place it on 1 January.
			expect('month' in slide.start_date).toBe(date.precision !== 'year');
			expect('day' in slide.start_date).toBe(date.precision === 'day');
		}
		const approximate = content.events.find((e) => e.date.qualifier === 'approximate' && !e.endDate);
		if (approximate) expect(zh.events.find((s) => s.unique_id === approximate.id)!.display_date).toMatch(/^约/);
		const single = content.events.find((e) => e.singleSource)!;
		expect(zh.events.find((s) => s.unique_id === single.id)!.text.text).toContain('仅有一个来源');
		const disputed = content.events.find((e) => e.date.variants)!;
		expect(en.events.find((s) => s.unique_id === disputed.id)!.text.text).toMatch(/sources differ/i);
	});

	it('keeps a site address with a path of its own (a museum that serves the exhibition under /exhibition/)', () => {
		const underPath = timelineJs(content, 'en', 'https://museum.example.cn/exhibition/');
		expect(underPath.events[0].text.text).toContain(
			`href="https://museum.example.cn/exhibition/en/events/${content.events[0].id}/"`
		);
		const pkg = dataPackage(content, 'https://museum.example.cn/exhibition/');
		expect(pkg.resources.map((r) => r.path)).toContain('https://museum.example.cn/exhibition/data/events.csv');
	});

	it('escapes text as HTML', () => {
		const tricky = { ...content, events: [{ ...content.events[0], summary: { zh: 'a < b & "c"', en: 'x' } }] };
		expect(timelineJs(tricky, 'zh', 'https://example.org/').events[0].text.text).toContain(
			'a &lt; b &amp; &quot;c&quot;'
		);
	});
});

describe('datapackage.json', () => {
	it('describes every file by its public URL and the CSV by its columns', () => {
		const pkg = dataPackage(content, 'https://example.org/');
		const paths = pkg.resources.map((r) => r.path);
		expect(paths).toContain('https://example.org/data/events.csv');
		expect(paths).toContain('https://example.org/data/places.geojson');
		expect(paths).toContain('https://example.org/data/events.json');
		expect(paths).toContain('https://example.org/data/timelinejs/en.json');
		const csv = pkg.resources.find((r) => r.name === 'events-csv')!;
		expect(csv.schema?.fields.map((f) => f.name)).toEqual(EVENT_COLUMNS.map(([n]) => n));
		expect(pkg).not.toHaveProperty('licenses');
	});
});
