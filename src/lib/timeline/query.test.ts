import { describe, expect, it } from 'vitest';
import { CENTURY } from './layout';
import { parseTimelineQuery, roundDomain, timelineSearch } from './query';
import { eventsInDomain, filterEvents } from './filters';

const known = {
	events: new Set(['zhao-yiman-executed']),
	themes: new Set(['education']),
	figures: new Set(['zhao-yiman', 'jiang-zhujun']),
	places: new Set(['chengdu'])
};
const parse = (search: string) => parseTimelineQuery(new URLSearchParams(search), known);

describe('parseTimelineQuery()', () => {
	it('reads from and to as whole years, both included', () => {
		expect(parse('from=1930&to=1940').domain).toEqual([1930, 1941]);
	});

	it('reads months', () => {
		const [d0, d1] = parse('from=1935-11&to=1935-11').domain;
		expect(d0).toBeCloseTo(1935 + 10 / 12);
		expect(d1).toBeCloseTo(1935 + 11 / 12);
	});

	it('keeps known ids and drops unknown ones', () => {
		expect(
			parse(
				'event=zhao-yiman-executed&theme=education&figure=zhao-yiman&place=chengdu&lives=zhao-yiman,nobody,jiang-zhujun'
			)
		).toEqual({
			domain: [...CENTURY],
			event: 'zhao-yiman-executed',
			theme: 'education',
			figure: 'zhao-yiman',
			place: 'chengdu',
			lives: ['zhao-yiman', 'jiang-zhujun']
		});
		expect(parse('event=nope&theme=<script>&figure=&place=x')).toEqual({ domain: [...CENTURY], lives: [] });
	});

	it.each([
		'from=1940&to=1930',
		'from=abc&to=1940',
		'from=1800&to=1900',
		'from=1930',
		'from=1935-13&to=1936',
		'to=2100&from=2000'
	])('falls back to the whole century for %s', (search) => {
		expect(parse(search).domain).toEqual([...CENTURY]);
	});
});

describe('timelineSearch()', () => {
	it('writes nothing for the default view', () => {
		expect(timelineSearch({ domain: [...CENTURY], lives: [] })).toBe('');
	});

	it('round-trips years, months and filters', () => {
		for (const search of [
			'?from=1930&to=1940',
			'?from=1935-03&to=1936-02&event=zhao-yiman-executed',
			'?theme=education&lives=zhao-yiman,jiang-zhujun'
		]) {
			expect(timelineSearch(parse(search.slice(1)))).toBe(search);
		}
	});

	it('rounds a zoomed view to years when wide and to months when narrow', () => {
		expect(timelineSearch({ domain: [1930.04, 1940.97], lives: [] })).toBe('?from=1930&to=1940');
		expect(timelineSearch({ domain: [1935.5, 1936.4], lives: [] })).toBe('?from=1935-07&to=1936-05');
		const rounded = roundDomain([1935.5, 1936.4], known);
		expect(rounded[0]).toBeCloseTo(1935.5);
	});
});

describe('filterEvents() and eventsInDomain()', () => {
	const events = [
		{ id: 'a', span: [1935, 1936] as const, themes: ['education'], figures: ['zhao-yiman'], places: [] },
		{
			id: 'b',
			span: [1949.8, 1949.9] as const,
			themes: ['revolutionary-struggle'],
			figures: ['jiang-zhujun'],
			places: ['chongqing']
		}
	];

	it('applies every filter that is set', () => {
		expect(filterEvents(events, {}).map((e) => e.id)).toEqual(['a', 'b']);
		expect(filterEvents(events, { theme: 'education' }).map((e) => e.id)).toEqual(['a']);
		expect(filterEvents(events, { figure: 'jiang-zhujun', place: 'chongqing' }).map((e) => e.id)).toEqual(['b']);
		expect(filterEvents(events, { figure: 'jiang-zhujun', theme: 'education' })).toEqual([]);
	});

	it('keeps events that overlap the range, including a year-only event seen in part of its year', () => {
		expect(eventsInDomain(events, [1935.5, 1940]).map((e) => e.id)).toEqual(['a']);
		expect(eventsInDomain(events, [1936, 1949.85]).map((e) => e.id)).toEqual(['b']);
	});
});
