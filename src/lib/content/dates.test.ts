import { describe, expect, it } from 'vitest';
import { dateSortKey, parseDateString } from './dates';

describe('parseDateString()', () => {
	it.each([
		{ input: '1935', expected: { year: 1935, precision: 'year' } },
		{ input: '1935-11', expected: { year: 1935, month: 11, precision: 'month' } },
		{ input: '1935-11-14', expected: { year: 1935, month: 11, day: 14, precision: 'day' } },
		{ input: '2000-02-29', expected: { year: 2000, month: 2, day: 29, precision: 'day' } }
	])('parseDateString("$input") keeps the precision it was given', ({ input, expected }) => {
		expect(parseDateString(input)).toEqual({ ok: true, parts: expected });
	});

	it.each([
		{ input: '1935-13', problem: 'month 13 does not exist' },
		{ input: '1935-00', problem: 'month 00 does not exist' },
		{ input: '1900-02-29', problem: '1900-02 has no day 29' },
		{ input: '1935-11-31', problem: '1935-11 has no day 31' },
		{ input: '11/1935', problem: 'write YYYY, YYYY-MM or YYYY-MM-DD' },
		{ input: '1935-1', problem: 'write YYYY, YYYY-MM or YYYY-MM-DD' }
	])('parseDateString("$input") explains why it is not a date', ({ input, problem }) => {
		const result = parseDateString(input);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toContain(problem);
	});
});

describe('dateSortKey()', () => {
	it('orders a year before its months and a month before its days', () => {
		const keys = ['1935', '1935-01-02', '1935-11', '1935-11-14', '1936'].map((s) => {
			const parsed = parseDateString(s);
			if (!parsed.ok) throw new Error(s);
			return dateSortKey(parsed.parts);
		});
		expect([...keys].sort((a, b) => a - b)).toEqual(keys);
		expect(keys[0]).toBe(1935);
	});
});
