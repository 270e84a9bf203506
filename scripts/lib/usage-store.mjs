// The kiosk PC's copy of the usage counts (src/lib/kiosk/usage.ts), kept by scripts/serve.mjs when
// EXHIBITION_USAGE_FILE names a file. The browser sends its counts at every reset between visitors; the copy on disk
// survives a wiped browser profile, and IT can collect it without touching the kiosk's screen.
// Nothing is lost. Days the browser no longer has (a wiped profile, counts staff cleared, days aged out after a
// year) stay in the copy. A copy holding more for a day than the browser now sends for it (the profile was wiped
// or cleared that day) is first kept under a timestamped name, never overwritten.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, basename, extname, join } from 'node:path';

/**
 * Larger bodies are refused. A day on which every countable page (about 180) was opened takes about 8 KB, so a
 * year of such days is about 3 MB; 16 MB leaves room for a much larger exhibition.
 */
export const MAX_USAGE_BYTES = 16 * 1024 * 1024;

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
	if (typeof data.days !== 'object' || data.days === null || Array.isArray(data.days))
		throw new Error('"days" is missing');
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
 * Whether saving `incoming` over `kept` would lower a day's counts: a day both hold, for which the copy has more.
 * @param {Map<string, number>} kept
 * @param {Map<string, number>} incoming
 */
export function wouldLose(kept, incoming) {
	return [...kept].some(([day, n]) => incoming.has(day) && n > /** @type {number} */ (incoming.get(day)));
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
	/** Days of the earlier copy that the browser no longer sends: they stay. */
	let olderDays = {};
	if (existsSync(file)) {
		let lose = true;
		try {
			const kept = JSON.parse(readFileSync(file, 'utf8'));
			lose = wouldLose(usageByDay(kept), incoming);
			olderDays = Object.fromEntries(Object.entries(kept.days).filter(([day]) => !incoming.has(day)));
		} catch {
			// An unreadable copy is archived too, never overwritten.
		}
		if (lose) {
			const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '-').replace('Z', '');
			archived = join(dirname(file), `${basename(file, extname(file))}-${stamp}${extname(file)}`);
			renameSync(file, archived);
		}
	}
	const merged = { ...data, days: Object.fromEntries(Object.entries({ ...olderDays, ...data.days }).sort()) };
	// Written beside the file and renamed over it, so a power cut never leaves half a file.
	const temporary = `${file}.tmp`;
	writeFileSync(temporary, JSON.stringify(merged));
	renameSync(temporary, file);
	return archived;
}
