// The kiosk PC's copy of the usage counts (src/lib/kiosk/usage.ts), kept by scripts/serve.mjs when
// EXHIBITION_USAGE_FILE names a file. The browser sends its counts at every reset between visitors; the copy on disk
// survives a wiped browser profile, and IT can collect it without touching the kiosk's screen.
// Nothing is lost: a copy holding more for some day than the incoming counts (the browser profile was wiped, or
// staff cleared the counts) is first renamed with a timestamp, never overwritten.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, basename, extname, join } from 'node:path';

/** Larger bodies are refused: a year of counts for every page of the site is well under this. */
export const MAX_USAGE_BYTES = 2 * 1024 * 1024;

/** @param {unknown} value */
const isCount = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Checks counts as usage.ts writes them and returns each day's sum (visits and page openings), or throws an Error
 * that says what is wrong.
 * @param {any} data parsed JSON, not yet trusted
 * @returns {Map<string, number>}
 */
export function usageByDay(data) {
	if (typeof data !== 'object' || data === null || data.version !== 1) throw new Error('not usage counts of version 1');
	if (typeof data.days !== 'object' || data.days === null) throw new Error('"days" is missing');
	const totals = new Map();
	for (const [day, counts] of Object.entries(data.days)) {
		if (!/^\d{4}-\d\d-\d\d$/.test(day)) throw new Error(`"${day}" is not a day (YYYY-MM-DD)`);
		if (typeof counts !== 'object' || counts === null || !isCount(counts.visits))
			throw new Error(`day ${day}: "visits" must be a whole number ≥ 0`);
		if (typeof counts.views !== 'object' || counts.views === null) throw new Error(`day ${day}: "views" is missing`);
		let total = counts.visits;
		for (const [page, n] of Object.entries(counts.views)) {
			if (!isCount(n)) throw new Error(`day ${day}, page ${page}: the count must be a whole number ≥ 0`);
			total += n;
		}
		totals.set(day, total);
	}
	return totals;
}

/**
 * Whether saving `incoming` over `kept` would lose counts: some day holds less than before. Days older than the
 * incoming counts' first day are not lost but aged out (the browser keeps about a year).
 * @param {Map<string, number>} kept
 * @param {Map<string, number>} incoming
 */
export function wouldLose(kept, incoming) {
	const first = [...incoming.keys()].sort()[0];
	return [...kept].some(([day, n]) => (first === undefined || day >= first) && n > (incoming.get(day) ?? 0));
}

/**
 * Saves `body` (JSON text) as the copy in `file`. Returns the name of the archived earlier copy, if one was kept.
 * Throws an Error naming the problem when the body is not usage counts; the copy on disk is then left untouched.
 * @param {string} file
 * @param {string} body
 * @param {Date} [now]
 */
export function saveUsage(file, body, now = new Date()) {
	let data;
	try {
		data = JSON.parse(body);
	} catch {
		throw new Error('the body is not JSON');
	}
	const incoming = usageByDay(data);
	let archived;
	if (existsSync(file)) {
		let lose = true;
		try {
			lose = wouldLose(usageByDay(JSON.parse(readFileSync(file, 'utf8'))), incoming);
		} catch {
			// An unreadable copy is archived too, never overwritten.
		}
		if (lose) {
			const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
			archived = join(dirname(file), `${basename(file, extname(file))}-${stamp}${extname(file)}`);
			renameSync(file, archived);
		}
	}
	// Written beside the file and renamed over it, so a power cut never leaves half a file.
	const temporary = `${file}.tmp`;
	writeFileSync(temporary, JSON.stringify(data));
	renameSync(temporary, file);
	return archived;
}
