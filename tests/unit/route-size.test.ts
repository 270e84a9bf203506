// `npm run check:size` on a tiny build: what a page costs a reader, and the failures a developer must see.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { routeSizer } from '../../scripts/lib/route-size.mjs';

const work = mkdtempSync(join(tmpdir(), 'route-size-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, files: Record<string, string>): string {
	const root = join(work, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const page = (links: string) => `<!doctype html><html><head>${links}</head><body><p>你好</p></body></html>`;
const gz = (text: string) => gzipSync(text).length;

describe('routeSizer()', () => {
	const files = {
		'index.html': page(
			'<link href="./_app/a.js" rel="modulepreload"><link href="./_app/s.css" rel="stylesheet">' +
				'<link rel="alternate" href="https://example.org/">'
		),
		'_app/a.js': 'import{b}from"./b.js";import"./c.js";const later=()=>import("./lazy.js");',
		'_app/b.js': 'export const b=1;',
		'_app/c.js': 'export*from"./b.js";',
		'_app/lazy.js': 'export default 1;',
		'_app/s.css': 'p{color:red}'
	};
	const root = build('graph', files);

	it('counts the preloaded modules and what they import statically, but not what they load later', () => {
		const size = routeSizer(root)(join(root, 'index.html'));
		expect(size.scripts.sort()).toEqual(['_app/a.js', '_app/b.js', '_app/c.js']);
		expect(size.js).toBe(gz(files['_app/a.js']) + gz(files['_app/b.js']) + gz(files['_app/c.js']));
	});

	it('counts the linked stylesheets and the HTML itself, gzipped', () => {
		const size = routeSizer(root)(join(root, 'index.html'));
		expect(size.css).toBe(gz(files['_app/s.css']));
		expect(size.html).toBe(gz(files['index.html']));
	});
});

describe('npm run check:size', () => {
	it('passes a small build and prints the largest page of each kind', () => {
		const root = build('small', { 'index.html': page(''), 'about/index.html': page('') });
		const run = spawnSync('node', ['scripts/check-size.mjs', root], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/page\s+HTML\s+[\d.]+ KB of ≤ 40 KB/);
		expect(run.stdout).toContain('Every page is within its budget.');
	});

	it("fails naming the page that is over budget, and a page that loads Leaflet's script up front", () => {
		// Random text does not compress, so 50 KB of it stays above the 40 KB budget once gzipped.
		const noise = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
		const root = build('heavy', {
			'figures/big/index.html': page('') + noise,
			'about/index.html': page('<link href="../_app/leaflet.js" rel="modulepreload">'),
			'_app/leaflet.js': 'throw new Error("Map container is already initialized.");'
		});
		const run = spawnSync('node', ['scripts/check-size.mjs', root], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/\/figures\/big\/: HTML [\d.]+ KB > 40 KB/);
		expect(run.stderr).toContain("/about/: loads Leaflet's script up front");
	});
});
