// The committed boundary data (data/geo/), checked as a curator would: every unit there, in the right place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseLayers, bounds } from './geo';

const read = (file: string) => JSON.parse(readFileSync(`data/geo/${file}`, 'utf8'));
const layers = baseLayers(read('sichuan-chongqing.topojson'), read('neighbours.topojson'));

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
		expect(layers.provinces.features.map((f) => f.properties.province).sort()).toEqual(['四川省', '重庆市']);
		expect(layers.xikang.features.map((f) => f.properties.variant).sort()).toEqual([
			'east_of_jinsha_effective',
			'nominal_incl_qamdo'
		]);
	});

	it('draws shared borders once, as a mesh', () => {
		expect(layers.innerBorders.type).toBe('MultiLineString');
		expect(layers.innerBorders.coordinates.length).toBeGreaterThan(20);
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
		expect(layers.neighbours.features).toHaveLength(8);
	});
});
