// The committed boundary data (data/geo/), checked as a curator would: every unit there, in the right place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import { baseLayers, bounds, labelPoint, withoutClipEdges } from './geo';

const read = (file: string) => JSON.parse(readFileSync(`data/geo/${file}`, 'utf8'));
const topology = read('sichuan-chongqing.topojson');
const layers = baseLayers(topology, read('neighbours.topojson'));

describe('data/geo/sichuan-chongqing.topojson', () => {
	it('has Sichuan’s 21 prefecture-level units and Chongqing, with their adcodes', () => {
		const adcodes = layers.prefectures.features.map((f) => f.properties.adcode).sort();
		expect(adcodes).toHaveLength(22);
		expect(adcodes).toContain('500000');
		expect(adcodes.filter((a) => a.startsWith('51'))).toHaveLength(21);
		for (const code of ['510100', '510300', '510400', '511500', '513200', '513300', '513400'])
			expect(adcodes).toContain(code);
	});

	it('covers about 97.3–110.2°E and 26.0–34.4°N (WGS84)', () => {
		const [[south, west], [north, east]] = bounds(layers.prefectures);
		expect(west).toBeCloseTo(97.35, 0);
		expect(east).toBeCloseTo(110.2, 0);
		expect(south).toBeCloseTo(26.05, 0);
		expect(north).toBeCloseTo(34.3, 0);
	});

	it('has the two province outlines and the two approximations of 西康省', () => {
		expect(
			topology.objects.provinces.geometries
				.map((g: { properties: { province: string } }) => g.properties.province)
				.sort()
		).toEqual(['四川省', '重庆市']);
		expect(layers.xikang.features.map((f) => f.properties.variant).sort()).toEqual([
			'east_of_jinsha_effective',
			'nominal_incl_qamdo'
		]);
	});

	it('draws shared borders once, as a mesh, and the provinces and 西康省 as rings of the same arcs', () => {
		const shared = layers.innerBorders.flat().map((ref) => (ref < 0 ? ~ref : ref));
		expect(layers.innerBorders.length).toBeGreaterThan(20);
		expect(new Set(shared).size).toBe(shared.length);
		expect(layers.provinces.length).toBeGreaterThanOrEqual(2);
		expect(layers.xikangRings.length).toBeGreaterThanOrEqual(1);
	});

	it('labels 西康省 inside today’s Garzê–Ya’an–Liangshan area', () => {
		const east = layers.xikang.features.find((f) => f.properties.variant === 'east_of_jinsha_effective')!;
		const [lat, lng] = labelPoint(east.geometry);
		expect(lat).toBeGreaterThan(27);
		expect(lat).toBeLessThan(32);
		expect(lng).toBeGreaterThan(99);
		expect(lng).toBeLessThan(103);
	});

	it('puts each prefecture’s seat of government inside the map', () => {
		for (const f of layers.prefectures.features) {
			expect(f.properties.seat_lng).toBeGreaterThan(97);
			expect(f.properties.seat_lat).toBeLessThan(34.5);
		}
	});
});

describe('data/geo/neighbours.topojson', () => {
	it('has the eight neighbouring provinces for a faint backdrop', () => {
		expect(read('neighbours.topojson').objects.neighbours.geometries).toHaveLength(8);
	});

	it('draws every border of the neighbours but none of the straight edges of the box they are clipped to', () => {
		const onBox = ([lng, lat]: number[]) =>
			[95.5, 112.5].some((edge) => Math.abs(lng - edge) < 0.01) || [24, 36].some((edge) => Math.abs(lat - edge) < 0.01);
		const segments = layers.neighbourLines.flatMap((line) => line.slice(1).map((point, i) => [line[i], point]));
		expect(segments.filter(([a, b]) => onBox(a) && onBox(b))).toEqual([]);
		// Not only the borders between two neighbours: also those with Sichuan and with the countries beyond.
		const outline = mesh(read('neighbours.topojson'), read('neighbours.topojson').objects.neighbours);
		const outlineSegments = outline.coordinates.reduce((n, line) => n + line.length - 1, 0);
		const boxSegments = outline.coordinates
			.flatMap((line) => line.slice(1).map((point, i) => [line[i], point]))
			.filter(([a, b]) => onBox(a) && onBox(b)).length;
		expect(boxSegments).toBeGreaterThan(0);
		expect(segments.length).toBe(outlineSegments - boxSegments);
	});
});

describe('withoutClipEdges()', () => {
	it('cuts the stretches along the box out of a line, keeping what comes before and after', () => {
		expect(
			withoutClipEdges([
				[
					[97, 30],
					[95.5, 30],
					[95.5, 31],
					[97, 31]
				]
			])
		).toEqual([
			[
				[97, 30],
				[95.5, 30]
			],
			[
				[95.5, 31],
				[97, 31]
			]
		]);
	});
});

describe('labelPoint()', () => {
	it('labelPoint(polygon) is the centroid of the largest ring, as [lat, lng]', () => {
		const square = (x: number, y: number, size: number) => [
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		];
		expect(labelPoint({ type: 'Polygon', coordinates: [square(100, 30, 2)] })).toEqual([31, 101]);
		expect(labelPoint({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(100, 30, 4)]] })).toEqual([
			32, 102
		]);
	});
});
