import { describe, expect, it } from 'vitest';
import {
	bearing,
	buildMarkers,
	clusterMarkers,
	compass,
	distanceKm,
	journey,
	nameInYear,
	placeLabel,
	type MapEvent,
	type MapPlace,
	type MarkerSpec
} from './markers';
import { syntheticMap } from './synthetic';

const baihua: MapPlace = {
	id: 'yibin-baihua',
	names: [
		{ zh: '宜宾县白花场', en: 'Baihuachang, Yibin County', to: 1992 },
		{ zh: '宜宾市翠屏区白花镇', en: 'Baihua Town, Cuiping District', from: 2018 }
	],
	lat: 28.9,
	lng: 104.6,
	region: 'sichuan',
	prefecture: { zh: '宜宾市', en: 'Yibin' }
};
const chengdu: MapPlace = {
	...baihua,
	id: 'chengdu',
	names: [{ zh: '成都市', en: 'Chengdu' }],
	lat: 30.66,
	lng: 104.06
};
const harbin: MapPlace = {
	...baihua,
	id: 'harbin',
	names: [{ zh: '哈尔滨', en: 'Harbin' }],
	lat: 45.76,
	lng: 126.64,
	region: 'china'
};
const event = (id: string, year: number, places: string[]): MapEvent => ({
	id,
	title: { zh: id, en: id },
	date: { year, precision: 'year' },
	span: [year, year + 1],
	places,
	figures: []
});
const events = [
	event('a', 1924, ['yibin-baihua']),
	event('b', 1935, ['chengdu']),
	event('c', 1936, ['chengdu', 'harbin'])
];

describe('place names by year', () => {
	it('nameInYear() and placeLabel() give the name then, with today’s in brackets', () => {
		expect(nameInYear(baihua, 1924).zh).toBe('宜宾县白花场');
		expect(placeLabel(baihua, 1924).zh).toBe('宜宾县白花场（今宜宾市翠屏区白花镇）');
		expect(placeLabel(baihua, 2020).zh).toBe('宜宾市翠屏区白花镇');
		expect(placeLabel(chengdu, 1935).en).toBe('Chengdu');
	});
});

describe('buildMarkers()', () => {
	it('makes one marker per place with events in the range, with their ids', () => {
		const markers = buildMarkers([baihua, chengdu, harbin], events, [1930, 1940], 1935);
		expect(markers.map((m) => [m.id, m.eventIds])).toEqual([
			['chengdu', ['b', 'c']],
			['harbin', ['c']]
		]);
	});

	it('includes both ends of the range and labels with the chosen year', () => {
		const markers = buildMarkers([baihua], events, [1924, 1924], 1924);
		expect(markers).toHaveLength(1);
		expect(markers[0].label.zh).toBe('宜宾县白花场（今宜宾市翠屏区白花镇）');
		expect(buildMarkers([baihua], events, [1925, 1930], 1925)).toEqual([]);
	});
});

describe('clusterMarkers()', () => {
	const specs = buildMarkers([baihua, chengdu, harbin], events, [1921, 2021], 2021);
	const project = (lat: number, lng: number): [number, number] => [lng * 10, -lat * 10];

	it('joins markers closer than the radius, keeping the busiest place as the key', () => {
		const clusters = clusterMarkers(specs, project, 30);
		expect(clusters.map((c) => [c.id, c.ids.sort(), c.count])).toEqual([
			['chengdu', ['chengdu', 'yibin-baihua'], 3],
			['harbin', ['harbin'], 1]
		]);
	});

	it('keeps every marker apart when zoomed in far enough', () => {
		expect(clusterMarkers(specs, project, 1)).toHaveLength(3);
	});

	it('keeps the markers it does not gather at least the radius apart across or down, also on a diagonal', () => {
		const spec = (id: string, lat: number, lng: number, eventIds: string[]): MarkerSpec => ({
			id,
			lat,
			lng,
			eventIds,
			region: 'sichuan',
			label: { zh: id, en: id }
		});
		const specs = [spec('a', 0, 0, ['1', '2']), spec('b', -0.4, 0.4, ['3'])];
		// 40 px across and 40 down: 57 px apart, but their 48 px boxes would touch, so they are one cluster.
		const at = (lat: number, lng: number): [number, number] => [lng * 100, -lat * 100];
		expect(clusterMarkers(specs, at, 56).map((c) => c.ids)).toEqual([['a', 'b']]);
	});

	it('gives each place to the busiest cluster within reach, as a scan of every cluster in order would', () => {
		const { places, events } = syntheticMap(300, 2000);
		const many = buildMarkers(places, events, [1921, 2021], 2021);
		for (const scale of [20, 60, 200, 1000]) {
			const at = (lat: number, lng: number): [number, number] => [lng * scale, -lat * scale];
			const expected: { ids: string[]; x: number; y: number }[] = [];
			const ordered = [...many].sort((a, b) => b.eventIds.length - a.eventIds.length || a.id.localeCompare(b.id));
			for (const spec of ordered) {
				const [x, y] = at(spec.lat, spec.lng);
				const near = expected.find((c) => Math.max(Math.abs(c.x - x), Math.abs(c.y - y)) < 34);
				if (near) near.ids.push(spec.id);
				else expected.push({ ids: [spec.id], x, y });
			}
			expect(clusterMarkers(many, at, 34).map((c) => c.ids)).toEqual(expected.map((c) => c.ids));
		}
	});
});

describe('distance and direction', () => {
	it('measures Chengdu to Harbin as about 2,600 km to the north-east', () => {
		const from: [number, number] = [30.66, 104.06];
		const to: [number, number] = [45.76, 126.64];
		expect(distanceKm(from, to)).toBeGreaterThan(2500);
		expect(distanceKm(from, to)).toBeLessThan(2700);
		expect(compass(bearing(from, to), 'zh')).toBe('东北');
		expect(compass(bearing(from, [55.75, 37.62]), 'en')).toBe('north-west');
	});
});

describe('journey()', () => {
	it('runs from birth through the events in date order to death, merging repeated stays', () => {
		const withKeys = [
			{ ...event('late', 1936, ['harbin']), sortKey: 1936 },
			{ ...event('early', 1926, ['yibin-baihua']), sortKey: 1926 },
			{ ...event('early-2', 1927, ['yibin-baihua']), sortKey: 1927 }
		];
		const stops = journey(
			{
				birth: { sortKey: 1905, date: { year: 1905, precision: 'year' }, place: 'yibin-baihua' },
				death: { sortKey: 1936.6, date: { year: 1936, precision: 'year' }, place: 'shangzhi' }
			},
			withKeys
		);
		expect(stops.map((s) => [s.kind, s.placeId])).toEqual([
			['birth', 'yibin-baihua'],
			['event', 'harbin'],
			['death', 'shangzhi']
		]);
	});
});
