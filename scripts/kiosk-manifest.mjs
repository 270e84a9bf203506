// After `vite build`: writes build/kiosk-manifest.json, the SHA-256 of every file the kiosk's service worker
// precaches, keyed by the URL it is fetched at (a page's index.html by its directory URL). The service worker checks
// each download against it and refuses a bundle with any mismatch, so a corrupt copy never replaces a working one
// (REQUIREMENTS K-13).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'build';
const skip = new Set(['service-worker.js', 'kiosk-manifest.json', '_headers']);

function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

const files = {};
for (const path of walk(root)) {
	const file = relative(root, path).split('\\').join('/');
	if (skip.has(file)) continue;
	const url = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
	files[url] = createHash('sha256').update(readFileSync(path)).digest('hex');
}
const { version } = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8'));
writeFileSync(join(root, 'kiosk-manifest.json'), JSON.stringify({ version, files }));
console.log(`kiosk-manifest.json: ${Object.keys(files).length} files of version ${version}`);
