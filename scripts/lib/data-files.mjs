// Reads every file of data/ under a project root as the content checker expects it: repository-relative paths
// ("data/events.json") mapped to their text. Generated schemas are left out.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function dataFiles(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'schemas' ? [] : dataFiles(path);
		return entry.name.endsWith('.json') || entry.name.endsWith('.md') ? [path] : [];
	});
}

/** @param {string} root @returns {{ files: Record<string, string>, hasStaticFile: (path: string) => boolean }} */
export function readCheckInput(root) {
	const files = Object.fromEntries(
		dataFiles(join(root, 'data')).map((path) => [
			relative(root, path).split('\\').join('/'),
			readFileSync(path, 'utf8')
		])
	);
	return { files, hasStaticFile: (path) => existsSync(join(root, 'static', path)) };
}
