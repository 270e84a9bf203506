import { describe, expect, it } from 'vitest';
import { EMPTY_LESSON, decodeLesson, encodeLesson, startPath, type Lesson } from './lesson';

const known = {
	eras: new Set(['revolution', 'construction']),
	themes: new Set(['law-rights', 'family', 'education']),
	figures: new Set(['zhao-yiman', 'jiang-zhujun']),
	events: new Set(['marriage-law-1950', 'zhao-yiman-executed']),
	tours: new Set(['two-lives'])
};
const years = { revolution: [1921, 1949] as [number, number], construction: [1949, 1978] as [number, number] };

describe('lessons in the URL', () => {
	it('round-trips a selection', () => {
		const lesson: Lesson = {
			era: 'revolution',
			themes: ['law-rights', 'family'],
			figures: ['zhao-yiman'],
			events: ['zhao-yiman-executed'],
			start: 'tour:two-lives',
			mode: 'guided',
			prompt: '她为什么离开家乡？ & <why>'
		};
		expect(decodeLesson(new URLSearchParams(encodeLesson(lesson).toString()), known)).toEqual(lesson);
	});

	it('drops what it does not know and falls back to a free timeline', () => {
		const params = new URLSearchParams('era=ming&themes=law-rights,nope&figures=x&start=tour:nope&mode=odd&events=');
		expect(decodeLesson(params, known)).toEqual({ ...EMPTY_LESSON, themes: ['law-rights'] });
		expect(decodeLesson(new URLSearchParams(`prompt=${'字'.repeat(500)}`), known).prompt).toHaveLength(300);
	});

	it('starts the chosen view with the selection as its state', () => {
		const lesson: Lesson = { ...EMPTY_LESSON, era: 'revolution', themes: ['family'], figures: ['zhao-yiman'] };
		expect(startPath(lesson, years)).toBe('/timeline/?from=1921&to=1949&theme=family&lives=zhao-yiman');
		expect(startPath({ ...lesson, start: 'map' }, years)).toBe('/map/?from=1921&to=1949&figure=zhao-yiman');
		expect(startPath({ ...lesson, start: 'figures' }, years)).toBe('/figures/?era=revolution');
		expect(startPath({ ...lesson, start: 'tour:two-lives' }, years)).toBe('/tours/two-lives/');
		expect(startPath(EMPTY_LESSON, years)).toBe('/timeline/');
	});
});
