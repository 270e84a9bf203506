import { describe, expect, it } from 'vitest';
import { relatedFigures } from './relations';

const events = [
	{ figures: ['jiang', 'li'], places: ['geleshan'] },
	{ figures: ['jiang'], places: ['wanzhou'] },
	{ figures: ['zhao'], places: ['harbin'] }
];
const figuresByPlace = { geleshan: ['jiang', 'li', 'zuo'], wanzhou: ['jiang', 'li'], harbin: ['zhao'] };

describe('relatedFigures()', () => {
	it('ranks figures who share an event above those who only share a place', () => {
		expect(relatedFigures('jiang', events, figuresByPlace)).toEqual(['li', 'zuo']);
	});

	it('never lists the figure herself, and returns nobody for a figure with no shared ground', () => {
		expect(relatedFigures('zhao', events, figuresByPlace)).toEqual([]);
	});

	it('stops at the limit', () => {
		expect(relatedFigures('jiang', events, figuresByPlace, 1)).toEqual(['li']);
	});
});
