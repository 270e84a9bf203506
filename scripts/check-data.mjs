// `npm run check:data [-- --root <dir>]`: validates data/ (in <dir> or $DATA_ROOT, default: this project) with the same checker
// the build uses, prints every problem as "file › path: message", and exits 1 if there is any.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? process.argv[rootFlag + 1] : (process.env.DATA_ROOT ?? project));

function dataFiles(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'schemas' ? [] : dataFiles(path);
		return entry.name.endsWith('.json') || entry.name.endsWith('.md') ? [path] : [];
	});
}

const files = Object.fromEntries(
	dataFiles(join(root, 'data')).map((path) => [relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8')])
);
const { module: check } = await runnerImport(join(project, 'src/lib/content/check.ts'), {
	configFile: false,
	logLevel: 'silent'
});
const result = check.checkContent({ files, hasStaticFile: (path) => existsSync(join(root, 'static', path)) });

if (!result.ok) {
	console.error(`data/ has ${result.errors.length} problem(s):`);
	for (const error of result.errors) console.error(`  ${check.formatError(error)}`);
	process.exit(1);
}
const { eras, events, figures, places, themes } = result.content;
console.log(
	`data/ is valid: ${eras.length} eras, ${events.length} events, ${figures.length} figures, ${places.length} places, ${themes.length} themes.`
);
