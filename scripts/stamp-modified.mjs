// `npm run stamp`: after editing data/, records today's date (UTC) for every record whose content changed, in
// data/modified.json. The pages show that date as "last updated" and cite it; the build refuses a stale ledger.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readCheckInput } from './lib/data-files.mjs';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const load = (path) =>
	runnerImport(join(project, path), { configFile: false, logLevel: 'silent' }).then((r) => r.module);
const [{ checkContent, formatError }, { recordHashes, stamp, staleKeys }] = await Promise.all([
	load('src/lib/content/check.ts'),
	load('src/lib/server/modified.ts')
]);

const result = checkContent(readCheckInput(project));
if (!result.ok) {
	console.error(`Fix data/ first (npm run check:data):\n${result.errors.map(formatError).join('\n')}`);
	process.exit(1);
}
const file = join(project, 'data/modified.json');
const ledger = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).records : {};
const hashes = recordHashes(result.content);
const stale = staleKeys(ledger, hashes);
const today = new Date().toISOString().slice(0, 10);
const header = 'Written by `npm run stamp`: when each record last changed. Do not edit by hand.';
writeFileSync(file, JSON.stringify({ $comment: header, records: stamp(ledger, hashes, today) }, null, '\t') + '\n');
console.log(stale.length ? `dated ${today}: ${stale.join(', ')}` : 'data/modified.json is up to date');
