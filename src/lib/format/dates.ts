/**
 * Display of historical dates. Only the parts the date carries are shown: a year-only date is "1935年" /
 * "1935", never 1 January. No JS `Date` is involved, so no time zone or calendar quirk can shift a day.
 */
import type { Lang } from '$lib/i18n';
import { t } from '$lib/i18n';
import type { DateParts } from '$lib/content/dates';
import type { HistoricDate } from '$lib/content/schema';

/** A date with its qualifier, as the schema produces it (the variants are not needed for display). */
export type QualifiedDate = DateParts & { qualifier?: 'approximate' | 'before' | 'after' };

/**
 * Only what a date needs to be shown, for data sent to the browser: a record's date carries its variants with their
 * sources, which only the record's own page lists.
 */
export const plainDate = ({ year, month, day, precision, qualifier }: HistoricDate): QualifiedDate => ({
	year,
	month,
	day,
	precision,
	qualifier
});

/** English month names, for dates and citations. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * The bare date, without its qualifier.
 * @example formatDateParts({ year: 1935, month: 11, precision: 'month' }, 'zh') // "1935年11月"
 * @example formatDateParts({ year: 1935, month: 11, day: 14, precision: 'day' }, 'en') // "14 November 1935"
 */
export function formatDateParts(d: DateParts, lang: Lang): string {
	if (lang === 'zh') {
		if (d.precision === 'year') return `${d.year}年`;
		if (d.precision === 'month') return `${d.year}年${d.month}月`;
		return `${d.year}年${d.month}月${d.day}日`;
	}
	if (d.precision === 'year') return String(d.year);
	const month = MONTHS[(d.month ?? 1) - 1];
	if (d.precision === 'month') return `${month} ${d.year}`;
	return `${d.day} ${month} ${d.year}`;
}

/** @example formatDate({ year: 1935, precision: 'year', qualifier: 'approximate' }, 'zh') // "约1935年" */
export function formatDate(d: QualifiedDate, lang: Lang): string {
	const date = formatDateParts(d, lang);
	return d.qualifier ? t(lang, `qualifier_${d.qualifier}`, { date }) : date;
}

/**
 * A span; the second date drops the year when both fall in the same year and the language allows it.
 * @example formatSpan({ year: 1905, precision: 'year' }, { year: 1936, precision: 'year' }, 'zh') // "1905年—1936年"
 */
export function formatSpan(start: QualifiedDate, end: QualifiedDate | undefined, lang: Lang): string {
	if (!end) return formatDate(start, lang);
	return t(lang, 'lifeSpan', { birth: formatDate(start, lang), death: formatDate(end, lang) });
}

/**
 * Today (or `now`) on the reader's or the kiosk's own clock, as YYYY-MM-DD: the access date of a citation, the day a
 * kiosk counts under. Not for historical dates, which are never JS Dates.
 */
export function localDay(now = new Date()): string {
	return isoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), precision: 'day' });
}

/** The machine-readable form for `<time datetime>` and JSON-LD: "1935", "1935-11" or "1935-11-14". */
export function isoDate(d: DateParts): string {
	const pad = (n: number | undefined) => String(n).padStart(2, '0');
	if (d.precision === 'year') return String(d.year);
	if (d.precision === 'month') return `${d.year}-${pad(d.month)}`;
	return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** @example formatYearSpan(1921, 1949, 'zh') // "1921—1949" (GB/T 15834 dash); 'en' gives "1921–1949" */
export function formatYearSpan(start: number, end: number, lang: Lang): string {
	return `${start}${lang === 'zh' ? '—' : '–'}${end}`;
}
