import { describe, expect, it } from 'vitest';
import { buildMarkers } from './markers';
import { syntheticMap } from './synthetic';

describe('syntheticMap()', () => {
	it('spreads places over Sichuan and gives every event a place, the same for the same sizes', () => {
		const { places, events } = syntheticMap(300, 2000);
		expect(places).toHaveLength(300);
		expect(places.every((p) => p.lat > 26 && p.lat < 34.5 && p.lng > 98 && p.lng < 110)).toBe(true);
		expect(events.every((e) => e.places.length === 1)).toBe(true);
		expect(syntheticMap(300, 2000).places[7]).toEqual(places[7]);
		expect(buildMarkers(places, events, [1921, 2021], 2021).length).toBeGreaterThan(250);
	});
});
