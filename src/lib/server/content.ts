/**
 * Build-time only: reads every file in data/, runs the content checker, and exports the resolved content.
 * If anything is wrong the import throws, so prerendering stops with the same messages as `npm run check:data`.
 */
import { existsSync } from 'node:fs';
import { checkContent, formatError } from '$lib/content/check';
import { latest, recordHashes, staleKeys, type Ledger } from './modified';

const raw = import.meta.glob<string>(
	['/data/**/*.json', '/data/chapters/*.md', '/data/tours/*.md', '!/data/schemas/**'],
	{
		query: '?raw',
		import: 'default',
		eager: true
	}
);

const result = checkContent({
	files: Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(1), text])),
	hasStaticFile: (path) => existsSync(`static/${path}`)
});

if (!result.ok) {
	const list = result.errors.map((e) => `  ${formatError(e)}`).join('\n');
	throw new Error(`data/ has ${result.errors.length} problem(s):\n${list}`);
}

export const content = result.content;

const ledger: Ledger = JSON.parse(raw['/data/modified.json'] ?? '{"records":{}}').records;
const stale = staleKeys(ledger, recordHashes(content));
if (stale.length > 0) {
	throw new Error(
		`data/modified.json is out of date for ${stale.length} record(s) (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ' …' : ''}): run \`npm run stamp\``
	);
}

/** When a record last changed (YYYY-MM-DD): "figure:zhao-yiman", "event:…", "era:…", "place:…", "site". */
export function modifiedOf(key: string): string {
	return ledger[key].modified;
}

/** When any of a kind of record last changed, e.g. every event (the timeline) or the whole exhibition. */
export function modifiedOfAll(prefix = ''): string {
	return latest(Object.entries(ledger).flatMap(([key, entry]) => (key.startsWith(prefix) ? [entry.modified] : [])));
}

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
export const erasById = byId(content.eras);
export const themesById = byId(content.themes);
export const placesById = byId(content.places);
export const eventsById = byId(content.events);
export const figuresById = byId(content.figures);
export const glossaryById = byId(content.glossary);
