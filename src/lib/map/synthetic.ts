/**
 * Synthetic map data for the benchmark (`npm run bench:map`): places spread over Sichuan and Chongqing with events
 * among them, deterministic for a given size. Never shown as content.
 */
import { seededRandom } from '$lib/random';
import type { MapItem } from './items';
import type { MapPlace } from './markers';

export function syntheticMap(placeCount: number, eventCount: number) {
	const next = seededRandom(placeCount * 7919 + eventCount);
	const places: MapPlace[] = Array.from({ length: placeCount }, (_, i) => ({
		id: `place-${i}`,
		names: [{ zh: `地点${i}`, en: `Place ${i}` }],
		lat: 26.5 + next() * 7.5,
		lng: 98.5 + next() * 11,
		region: 'sichuan',
		prefecture: { zh: '四川', en: 'Sichuan' }
	}));
	const events: MapItem[] = Array.from({ length: eventCount }, (_, i) => {
		const year = 1921 + Math.floor(next() * 101);
		return {
			id: `event-${i}`,
			title: { zh: `事件${i}`, en: `Event ${i}` },
			date: { year, precision: 'year' },
			span: [year, year + 1],
			sortKey: year,
			disputed: i % 20 === 0,
			singleSource: i % 40 === 0,
			places: [`place-${Math.floor(next() * placeCount)}`],
			figures: []
		};
	});
	return { places, events };
}
