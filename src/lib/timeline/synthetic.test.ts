import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from './synthetic';

describe('syntheticTimeline()', () => {
	it('makes n sorted events inside the century, the same for the same n', () => {
		const a = syntheticTimeline(500);
		expect(a.events).toHaveLength(500);
		expect(a.events.every((e, i) => i === 0 || a.events[i - 1].span[0] <= e.span[0])).toBe(true);
		expect(a.events.every((e) => e.span[0] >= 1921 && e.span[1] <= 2022)).toBe(true);
		expect(syntheticTimeline(500).events.map((e) => e.title.zh)).toEqual(a.events.map((e) => e.title.zh));
	});

	it('mixes day, month and year precision', () => {
		const precisions = new Set(syntheticTimeline(200).events.map((e) => e.date.precision));
		expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
	});
});
