/**
 * Historical dates: strings that carry their own precision ("1935", "1935-11", "1935-11-14").
 * Never a JS `Date`: a year-only date is not 1 January, and we must not invent a day.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
	year: number;
	month?: number;
	day?: number;
	precision: DatePrecision;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
	if (month === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a precision-tagged date string, or explains in plain words why it is not one.
 * @example parseDateString('1935-11') // { ok: true, parts: { year: 1935, month: 11, precision: 'month' } }
 */
export function parseDateString(value: string): { ok: true; parts: DateParts } | { ok: false; problem: string } {
	const match = DATE_PATTERN.exec(value);
	if (!match) {
		return {
			ok: false,
			problem: `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 1935, 1935-11 or 1935-11-14)`
		};
	}
	const year = Number(match[1]);
	if (match[2] === undefined) return { ok: true, parts: { year, precision: 'year' } };
	const month = Number(match[2]);
	if (month < 1 || month > 12) {
		return { ok: false, problem: `"${value}" is not a date: month ${match[2]} does not exist` };
	}
	if (match[3] === undefined) return { ok: true, parts: { year, month, precision: 'month' } };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, problem: `"${value}" is not a date: ${year}-${match[2]} has no day ${match[3]}` };
	}
	return { ok: true, parts: { year, month, day, precision: 'day' } };
}

/**
 * A position on a continuous year axis for sorting and layout: the start of the period the date names.
 * @example dateSortKey({ year: 1935, month: 7, precision: 'month' }) // 1935.5
 */
export function dateSortKey(parts: DateParts): number {
	const monthStart = ((parts.month ?? 1) - 1) / 12;
	const dayStart = parts.day ? (parts.day - 1) / (12 * daysInMonth(parts.year, parts.month ?? 1)) : 0;
	return parts.year + monthStart + dayStart;
}
