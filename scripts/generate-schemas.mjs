// `npm run schemas`: writes data/schemas/*.schema.json from src/lib/content/schema.ts, so that the "$schema" line in
// each data file gives curators completion and validation in their editor. A test fails if they are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const { module } = await runnerImport(join(project, 'src/lib/content/json-schema.ts'), {
	configFile: false,
	logLevel: 'silent'
});
const out = join(project, 'data/schemas');
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(module.jsonSchemas())) {
	writeFileSync(join(out, `${name}.schema.json`), JSON.stringify(schema, null, '\t') + '\n');
	console.log(`wrote data/schemas/${name}.schema.json`);
}
