import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/content/schema';
import { lifePlaces } from './items';

const event = (id: string, figures: string[], places: string[]) =>
	({ id, figures, places }) as unknown as TimelineEvent;

describe('lifePlaces()', () => {
	const events = [
		event('a', ['zhao-yiman'], ['yibin', 'wuhan']),
		event('b', ['jiang-zhujun'], ['chongqing']),
		event('c', ['zhao-yiman', 'someone'], ['moscow', 'yibin'])
	];
	const birth = { date: {} as TimelineEvent['date'] };
	for (const { figure, expected } of [
		{
			figure: { id: 'zhao-yiman', birth: { ...birth, place: 'baihua' }, death: { ...birth, place: 'zhuhe' } },
			expected: ['baihua', 'zhuhe', 'yibin', 'wuhan', 'moscow']
		},
		{ figure: { id: 'jiang-zhujun', birth }, expected: ['chongqing'] },
		{ figure: { id: 'nobody', birth }, expected: [] }
	])
		it(`lifePlaces(${figure.id}) is birth, death, then her events' places, each once`, () => {
			expect(lifePlaces(figure, events)).toEqual(expected);
		});
});
