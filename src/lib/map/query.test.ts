import { describe, expect, it } from 'vitest';
import { DEFAULT_RANGE, mapSearch, parseMapQuery } from './query';

const known = { places: new Set(['chengdu']), figures: new Set(['zhao-yiman']) };
const parse = (search: string) => parseMapQuery(new URLSearchParams(search), known);

describe('parseMapQuery()', () => {
	it('reads a single year as a one-year range', () => {
		expect(parse('year=1939')).toMatchObject({ range: [1939, 1939], year: 1939 });
	});

	it('reads from and to, place, figure and the view', () => {
		expect(parse('from=1930&to=1940&place=chengdu&figure=zhao-yiman&z=8&lat=30.5&lng=104')).toEqual({
			range: [1930, 1940],
			year: undefined,
			place: 'chengdu',
			figure: 'zhao-yiman',
			view: { z: 8, lat: 30.5, lng: 104 }
		});
	});

	it.each([
		'year=19',
		'from=1940&to=1930',
		'from=1800&to=1900',
		'place=nowhere&figure=x',
		'z=40&lat=1&lng=2',
		'z=7&lat=abc&lng=2'
	])('falls back to the defaults for %s', (search) => {
		const query = parse(search);
		expect(query.range).toEqual([...DEFAULT_RANGE]);
		expect(query.place).toBeUndefined();
		expect(query.view).toBeUndefined();
	});
});

describe('mapSearch()', () => {
	it('round-trips and leaves out the defaults', () => {
		expect(mapSearch(parse(''))).toBe('');
		for (const search of [
			'?year=1939&place=chengdu',
			'?from=1930&to=1940&figure=zhao-yiman',
			'?z=8&lat=30.5000&lng=104.0000'
		]) {
			expect(mapSearch(parse(search.slice(1)))).toBe(search);
		}
	});
});
