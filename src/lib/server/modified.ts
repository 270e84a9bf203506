/**
 * When each page's content last changed ("最后更新 / Last updated", JSON-LD dateModified, citations; REQUIREMENTS C-02,
 * C-03). data/modified.json keeps a fingerprint and a date per record; `npm run stamp` gives a new date to every record
 * whose fingerprint changed. The build refuses a stale ledger, so a page never claims an older date than its content.
 */
import { createHash } from 'node:crypto';
import type { Content } from '$lib/content/check';

export type Ledger = Record<string, { hash: string; modified: string }>;

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** One key per page-worthy record: "figure:zhao-yiman", "event:marriage-law-1950", "era:revolution", "tour:two-lives", "glossary:san-xian", "site". */
export function recordHashes(content: Content): Record<string, string> {
	const hashes: Record<string, string> = { site: fingerprint(content.site) };
	for (const figure of content.figures) hashes[`figure:${figure.id}`] = fingerprint(figure);
	for (const event of content.events) hashes[`event:${event.id}`] = fingerprint(event);
	for (const era of content.eras) {
		const chapter = content.chapters.find((c) => c.era === era.id);
		hashes[`era:${era.id}`] = fingerprint({ era, chapter });
	}
	for (const place of content.places) hashes[`place:${place.id}`] = fingerprint(place);
	for (const tour of content.tours) hashes[`tour:${tour.slug}`] = fingerprint(tour);
	for (const term of content.glossary) hashes[`glossary:${term.id}`] = fingerprint(term);
	return hashes;
}

/** Keys whose ledger entry is missing, outdated or left over from a deleted record. */
export function staleKeys(ledger: Ledger, hashes: Record<string, string>): string[] {
	const changed = Object.keys(hashes).filter((key) => ledger[key]?.hash !== hashes[key]);
	const removed = Object.keys(ledger).filter((key) => !(key in hashes));
	return [...changed, ...removed].sort();
}

/** The ledger after a change: changed and new records get `today`; the rest keep their date. */
export function stamp(ledger: Ledger, hashes: Record<string, string>, today: string): Ledger {
	return Object.fromEntries(
		Object.keys(hashes)
			.sort()
			.map((key) => [key, ledger[key]?.hash === hashes[key] ? ledger[key] : { hash: hashes[key], modified: today }])
	);
}

/** The latest of some dates (ISO strings compare as text). */
export const latest = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b), '');
