/**
 * Build-time only: reads every file in data/, runs the content checker, and exports the resolved content.
 * If anything is wrong the import throws, so prerendering stops with the same messages as `npm run check:data`.
 */
import { existsSync } from 'node:fs';
import { checkContent, formatError } from '$lib/content/check';

const raw = import.meta.glob<string>(['/data/**/*.json', '/data/chapters/*.md', '!/data/schemas/**'], {
	query: '?raw',
	import: 'default',
	eager: true
});

const result = checkContent({
	files: Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(1), text])),
	hasStaticFile: (path) => existsSync(`static/${path}`)
});

if (!result.ok) {
	const list = result.errors.map((e) => `  ${formatError(e)}`).join('\n');
	throw new Error(`data/ has ${result.errors.length} problem(s):\n${list}`);
}

export const content = result.content;

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
export const erasById = byId(content.eras);
export const themesById = byId(content.themes);
export const placesById = byId(content.places);
export const eventsById = byId(content.events);
export const figuresById = byId(content.figures);
