// `npm run check:data [-- --root <dir>]`: validates data/ (in <dir> or $DATA_ROOT, default: this project) with the same checker
// the build uses, prints every problem as "file › path: message", and exits 1 if there is any.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readCheckInput } from './lib/data-files.mjs';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? process.argv[rootFlag + 1] : (process.env.DATA_ROOT ?? project));

const { module: check } = await runnerImport(join(project, 'src/lib/content/check.ts'), {
	configFile: false,
	logLevel: 'silent'
});
const result = check.checkContent(readCheckInput(root));

if (!result.ok) {
	console.error(`data/ has ${result.errors.length} problem(s):`);
	for (const error of result.errors) console.error(`  ${check.formatError(error)}`);
	process.exit(1);
}
const { eras, events, figures, places, themes } = result.content;
console.log(
	`data/ is valid: ${eras.length} eras, ${events.length} events, ${figures.length} figures, ${places.length} places, ${themes.length} themes.`
);
