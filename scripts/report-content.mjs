// `npm run report:content`: what the content holds and what needs a curator's attention. Exits 1 if any field is
// untranslated (the English must never be missing) or if data/ does not pass the checker.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const load = (path) =>
	runnerImport(join(project, path), { configFile: false, logLevel: 'silent' }).then((r) => r.module);
const [check, report] = await Promise.all([load('src/lib/content/check.ts'), load('src/lib/content/report.ts')]);

function dataFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'schemas' ? [] : dataFiles(path);
		return /\.(json|md)$/.test(entry.name) ? [path] : [];
	});
}
const files = Object.fromEntries(
	dataFiles(join(project, 'data')).map((p) => [relative(project, p), readFileSync(p, 'utf8')])
);
const result = check.checkContent({ files, hasStaticFile: (p) => existsSync(join(project, 'static', p)) });
if (!result.ok) {
	for (const error of result.errors) console.error(check.formatError(error));
	process.exit(1);
}

const r = report.contentReport(result.content);
const table = (title, counts) => {
	console.log(`\n${title}`);
	for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]))
		console.log(`  ${String(n).padStart(4)}  ${key}`);
};
const list = (title, items) => {
	console.log(`\n${title}: ${items.length}`);
	for (const item of items) console.log(`  - ${item}`);
};

table('Totals', r.totals);
table('Events by era', r.eventsByEra);
table('Events by theme', r.eventsByTheme);
table('Sources by kind', r.sourcesByKind);
table('Places by region', r.placesByRegion);
list('Records with fewer than 2 independent sources', r.singleSource);
list('Key events (relied on by a chapter or a tour; each needs 2)', r.keyEvents);
list('Key events and figures with fewer than 2 confirmed independent sources', r.fewConfirmed);
list('Other events with fewer than 2 confirmed independent sources', r.otherFewConfirmed);
list('Sources with an unconfirmed title or publisher (find the original)', r.unconfirmedSources);
list('Disputed dates ([used])', r.disputes);
list('Figures with fewer than 3 events', r.figuresWithFewEvents);
list('Outside the length guidelines', r.lengthWarnings);
list('Untranslated fields (must be 0)', r.untranslated);
process.exit(r.untranslated.length > 0 ? 1 : 0);
