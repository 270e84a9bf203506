// Helpers for the content-checker tests: read a fixture folder (data/ + static/) the way the build does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckInput } from '$lib/content/check';

export const FIXTURES = 'tests/fixtures';

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The data/ JSON and Markdown files under `roots` (later roots override earlier ones), keyed "data/…". */
export function readData(...roots: string[]): CheckInput {
	const files: Record<string, string> = {};
	for (const root of roots) {
		for (const path of walk(join(root, 'data'))) {
			const key = relative(root, path).split('\\').join('/');
			if ((key.endsWith('.json') || key.endsWith('.md')) && !key.startsWith('data/schemas/'))
				files[key] = readFileSync(path, 'utf8');
		}
	}
	return { files, hasStaticFile: (path) => roots.some((root) => existsSync(join(root, 'static', path))) };
}
