import { describe, expect, it } from 'vitest';
import { formatDate, formatSpan, formatYearSpan, isoDate } from './dates';

const year = { year: 1935, precision: 'year' } as const;
const month = { year: 1935, month: 11, precision: 'month' } as const;
const day = { year: 1949, month: 11, day: 14, precision: 'day' } as const;

describe('formatDate()', () => {
	it.each([
		{ date: year, zh: '1935年', en: '1935' },
		{ date: month, zh: '1935年11月', en: 'November 1935' },
		{ date: day, zh: '1949年11月14日', en: '14 November 1949' },
		{ date: { ...year, qualifier: 'approximate' as const }, zh: '约1935年', en: 'c. 1935' },
		{ date: { ...month, qualifier: 'before' as const }, zh: '1935年11月以前', en: 'before November 1935' },
		{ date: { ...year, qualifier: 'after' as const }, zh: '1935年以后', en: 'after 1935' }
	])('formatDate($date.year, $date.precision, $date.qualifier) never shows more than is known', ({ date, zh, en }) => {
		expect(formatDate(date, 'zh')).toBe(zh);
		expect(formatDate(date, 'en')).toBe(en);
	});

	it('never turns a year-only date into 1 January', () => {
		expect(formatDate(year, 'zh')).not.toMatch(/1月|1日/);
		expect(formatDate(year, 'en')).not.toMatch(/January|1 /);
	});
});

describe('formatSpan() and formatYearSpan()', () => {
	it('joins two dates with the dash of each language', () => {
		expect(formatSpan(year, day, 'zh')).toBe('1935年—1949年11月14日');
		expect(formatSpan(year, day, 'en')).toBe('1935 – 14 November 1949');
		expect(formatSpan(year, undefined, 'en')).toBe('1935');
		expect(formatYearSpan(1921, 1949, 'zh')).toBe('1921—1949');
		expect(formatYearSpan(1921, 1949, 'en')).toBe('1921–1949');
	});
});

describe('isoDate()', () => {
	it('gives valid <time datetime> values at the date’s own precision', () => {
		expect([year, month, day].map(isoDate)).toEqual(['1935', '1935-11', '1949-11-14']);
		expect(isoDate({ year: 1905, month: 3, day: 5, precision: 'day' })).toBe('1905-03-05');
	});
});
