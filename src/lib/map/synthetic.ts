/**
 * Synthetic map data for the benchmark (`npm run bench:map`): places spread over Sichuan and Chongqing with events
 * among them, deterministic for a given size. Never shown as content.
 */
import type { MapEvent, MapPlace } from './markers';

function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticMap(placeCount: number, eventCount: number) {
	const next = random(placeCount * 7919 + eventCount);
	const places: MapPlace[] = Array.from({ length: placeCount }, (_, i) => ({
		id: `place-${i}`,
		names: [{ zh: `地点${i}`, en: `Place ${i}` }],
		lat: 26.5 + next() * 7.5,
		lng: 98.5 + next() * 11,
		region: 'sichuan',
		prefecture: { zh: '四川', en: 'Sichuan' }
	}));
	const events: (MapEvent & { sortKey: number })[] = Array.from({ length: eventCount }, (_, i) => {
		const year = 1921 + Math.floor(next() * 101);
		return {
			id: `event-${i}`,
			title: { zh: `事件${i}`, en: `Event ${i}` },
			date: { year, precision: 'year' },
			span: [year, year + 1],
			sortKey: year,
			places: [`place-${Math.floor(next() * placeCount)}`],
			figures: []
		};
	});
	return { places, events };
}
