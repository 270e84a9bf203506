/**
 * Usage counts kept on the kiosk itself (REQUIREMENTS section 8, "local, exportable usage counts"): how many visits
 * started and how often each page was opened, per day, in localStorage. They never leave the kiosk PC (at each reset
 * they are also sent to its own local server, which keeps a copy on disk), and nothing about a visitor is kept — no
 * time of day, no order of pages, no visit trail; a day's numbers are all there is. Museum staff read and export them
 * at /kiosk/usage/.
 *
 * The counts survive the reset between visitors (`forgetVisitor` keeps `USAGE_KEY`). Counting must never disturb
 * the exhibition: storage errors are swallowed, and unreadable counts are set aside under `USAGE_DAMAGED_KEY` rather
 * than thrown away.
 */
import { csvText } from '$lib/format/csv';
import { localDay } from '$lib/format/dates';
import { langFromPath } from '$lib/i18n';

export const USAGE_KEY = 'exhibition:usage';
/** Where the kiosk PC's own server keeps a copy on disk, when it is set up to (scripts/lib/usage-store.mjs). */
export const USAGE_COPY_URL = '/kiosk/usage.json';
export const USAGE_DAMAGED_KEY = 'exhibition:usage-damaged';
/** About a year of days; older days are dropped when a new one starts, which bounds the storage used. */
export const DAYS_KEPT = 366;

export interface DayUsage {
	/** Visits started: a touch on the attract screen. */
	visits: number;
	/** Pages opened, by path without the language prefix ("/events/marriage-law-1950/"). */
	views: Record<string, number>;
	/** Pages opened in each language. */
	zh: number;
	en: number;
}

export interface Usage {
	version: 1;
	/** Keyed by the kiosk's local calendar day, "2026-12-01". */
	days: Record<string, DayUsage>;
}

/** The attract screen (shown between visits) and the staff pages are not counted as pages opened. */
const NOT_COUNTED = /^\/kiosk\/((usage|health)\/)?$/;

export function emptyUsage(): Usage {
	return { version: 1, days: {} };
}

/** "/en/events/x/" → "/events/x/"; query and hash are not part of a page. */
export function pageKey(pathname: string): string {
	const path = langFromPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isDay(value: unknown): value is DayUsage {
	if (typeof value !== 'object' || value === null) return false;
	const day = value as Record<string, unknown>;
	return (
		count(day.visits) &&
		count(day.zh) &&
		count(day.en) &&
		typeof day.views === 'object' &&
		day.views !== null &&
		Object.values(day.views).every(count)
	);
}

/** Reads stored counts; `problem` says why they could not be used (then `usage` is empty). */
export function parseUsage(raw: string | null): { usage: Usage; problem?: string } {
	if (raw === null) return { usage: emptyUsage() };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { usage: emptyUsage(), problem: 'not JSON' };
	}
	const usage = data as Partial<Usage> | null;
	if (usage?.version !== 1 || typeof usage.days !== 'object' || usage.days === null)
		return { usage: emptyUsage(), problem: 'not usage counts of version 1' };
	const bad = Object.entries(usage.days).find(([day, value]) => !/^\d{4}-\d\d-\d\d$/.test(day) || !isDay(value));
	if (bad) return { usage: emptyUsage(), problem: `day "${bad[0]}" is malformed` };
	return { usage: usage as Usage };
}

/** Drops all but the newest `DAYS_KEPT` days. */
export function prune(usage: Usage, keep = DAYS_KEPT): Usage {
	const days = Object.keys(usage.days).sort().slice(-keep);
	return { version: 1, days: Object.fromEntries(days.map((day) => [day, usage.days[day]])) };
}

function read(storage: Storage): Usage {
	const raw = storage.getItem(USAGE_KEY);
	const { usage, problem } = parseUsage(raw);
	// Unreadable counts are kept aside for the operator, not overwritten.
	if (problem && raw !== null && storage.getItem(USAGE_DAMAGED_KEY) === null) storage.setItem(USAGE_DAMAGED_KEY, raw);
	return usage;
}

function write(storage: Storage, usage: Usage): void {
	try {
		storage.setItem(USAGE_KEY, JSON.stringify(usage));
	} catch {
		// Storage full: give up the older half of the year rather than today's counts.
		storage.setItem(USAGE_KEY, JSON.stringify(prune(usage, Math.ceil(Object.keys(usage.days).length / 2))));
	}
}

function update(storage: Storage, now: Date, change: (day: DayUsage) => void): void {
	try {
		const usage = read(storage);
		const key = localDay(now);
		const day = (usage.days[key] ??= { visits: 0, views: {}, zh: 0, en: 0 });
		change(day);
		write(storage, prune(usage));
	} catch {
		// Counting is never worth an error on the hall screen (blocked or full storage).
	}
}

/** Counts one page opened on the kiosk. */
export function recordView(storage: Storage, pathname: string, now = new Date()): void {
	const key = pageKey(pathname);
	if (NOT_COUNTED.test(key)) return;
	update(storage, now, (day) => {
		day.views[key] = (day.views[key] ?? 0) + 1;
		day[langFromPath(pathname)] += 1;
	});
}

/** Counts one visit started from the attract screen. */
export function recordVisit(storage: Storage, now = new Date()): void {
	update(storage, now, (day) => (day.visits += 1));
}

/** Reads the counts for the staff page; `problem` is set when stored counts could not be read. */
export function readUsage(storage: Storage): { usage: Usage; problem?: string; damaged: boolean } {
	const { usage, problem } = parseUsage(storage.getItem(USAGE_KEY));
	return { usage, problem, damaged: storage.getItem(USAGE_DAMAGED_KEY) !== null };
}

/**
 * Sends the counts to the kiosk PC's server, which keeps a copy on disk when set up to (EXHIBITION_USAGE_FILE): the
 * copy survives a wiped browser profile, and IT can collect it. Never throws; gives up after `timeoutMs`. A plain
 * static host answers 404 or 405, which is simply `false`.
 */
export async function sendUsageCopy(storage: Storage, timeoutMs = 2000): Promise<boolean> {
	try {
		const body = storage.getItem(USAGE_KEY);
		if (body === null) return false;
		const response = await fetch(USAGE_COPY_URL, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body,
			signal: AbortSignal.timeout(timeoutMs)
		});
		return response.ok;
	} catch {
		return false;
	}
}

export interface DayTotal {
	day: string;
	visits: number;
	views: number;
	zh: number;
	en: number;
}

/** One row per day, newest first. */
export function dayTotals(usage: Usage): DayTotal[] {
	return Object.entries(usage.days)
		.sort(([a], [b]) => (a < b ? 1 : -1))
		.map(([day, d]) => ({
			day,
			visits: d.visits,
			views: Object.values(d.views).reduce((sum, n) => sum + n, 0),
			zh: d.zh,
			en: d.en
		}));
}

/** Days from `from` to `to` inclusive ("2026-11-01"); either may be omitted. */
export function selectDays(usage: Usage, from?: string, to?: string): Usage {
	const days = Object.entries(usage.days).filter(([day]) => (!from || day >= from) && (!to || day <= to));
	return { version: 1, days: Object.fromEntries(days) };
}

/** Views per page over the given days, most opened first (ties by path, so the order is stable). */
export function pageTotals(usage: Usage): { page: string; views: number }[] {
	const totals = new Map<string, number>();
	for (const day of Object.values(usage.days))
		for (const [page, n] of Object.entries(day.views)) totals.set(page, (totals.get(page) ?? 0) + n);
	return [...totals]
		.map(([page, views]) => ({ page, views }))
		.sort((a, b) => b.views - a.views || (a.page < b.page ? -1 : 1));
}

/**
 * The counts as CSV, one row per day and page, plus one row per day for visits (page "(visits)"): what a museum
 * spreadsheet wants. UTF-8 with a byte-order mark so Excel and WPS read the Chinese titles.
 */
export function usageCsv(usage: Usage, titleOf: (page: string) => string | undefined): string {
	const rows: (string | number | undefined)[][] = [['date', 'page', 'title', 'count']];
	for (const [day, d] of Object.entries(usage.days).sort(([a], [b]) => (a < b ? -1 : 1))) {
		rows.push([day, '(visits)', '', d.visits]);
		for (const [page, n] of Object.entries(d.views).sort(([a], [b]) => (a < b ? -1 : 1)))
			rows.push([day, page, titleOf(page), n]);
	}
	return csvText(rows);
}
