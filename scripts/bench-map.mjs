// `npm run bench:map`: the map with 300 synthetic places and 2,000 events in headless Chromium. Prints time to the
// first drawn map, per-step frame times (p95, max) while zooming and panning with every marker shown, and the bytes
// the /map/ route transfers (gzipped as a server would send them). Exits 1 if a target is missed:
// p95 ≤ 16 ms, /map/ JS ≤ 180 KB gzipped, boundary data ≤ 60 KB gzipped.
// A step's time runs from the call to Leaflet until the DOM is laid out again (src/routes/bench/map/): Leaflet's
// events and the boundary canvas, then Svelte's effects (clustering, markers), then style and layout. The slowest
// steps are printed with that split. "Every marker shown" means as on the site: every place is clustered at every
// step, and every cluster in or near the view has its marker (those far off screen get none until the map moves).
// Timings on a shared machine are noisy: run it a few times.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveBuild } from './lib/bench.mjs';

const PORT = 4181;
const TARGET_P95_MS = 16;
const TARGET_JS_KB = 180;
const TARGET_GEO_KB = 60;

const server = await serveBuild('build/bench/map/index.html', PORT, 'npm run bench:map');
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${PORT}/bench/map/?places=300&events=2000`);
	await page.waitForFunction(() => '__bench' in window, null, { timeout: 30_000 });
	const result = await page.evaluate(() => {
		const b = /** @type {any} */ (window).__bench;
		const steps = [];
		let most = 0;
		const step = (ms) => {
			steps.push(ms);
			most = Math.max(most, b.markers());
		};
		for (const z of [6, 6.5, 7, 7.5, 8, 8.5, 9]) step(b.zoom(z));
		for (let i = 0; i < 20; i++) step(b.pan(i % 2 ? -60 : 60, i % 3 ? 30 : -30));
		for (const z of [8.5, 8, 7.5, 7, 6.5, 6, 5.5]) step(b.zoom(z));
		return { steps, phases: b.phases, firstMap: b.firstMap, markers: b.markers(), most };
	});

	// What a reader downloads for /map/ (HTML, CSS, JS, boundary data), gzipped as a server would send it.
	const files = new Map();
	const routePage = await browser.newPage();
	routePage.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		const file = join('build', path.endsWith('/') ? `${path}index.html` : path);
		if (existsSync(file)) files.set(path, gzipSync(readFileSync(file)).length);
	});
	await routePage.goto(`http://127.0.0.1:${PORT}/map/`, { waitUntil: 'networkidle' });
	const kb = (filter) => [...files].filter(([path]) => filter(path)).reduce((sum, [, size]) => sum + size, 0) / 1024;
	const js = kb((p) => p.endsWith('.js'));
	const geo = kb((p) => p.endsWith('.topojson'));
	const total = kb(() => true);

	const sorted = [...result.steps].sort((a, b) => a - b);
	const p95 = sorted[Math.floor(sorted.length * 0.95)];
	const ok = p95 <= TARGET_P95_MS && js <= TARGET_JS_KB && geo <= TARGET_GEO_KB;
	const f = (n) => n.toFixed(1);
	console.log(
		`Map benchmark: 300 synthetic places, 2,000 events, ${result.steps.length} steps (zoom in, pan, zoom out)`
	);
	console.log(`  first drawn map        ${f(result.firstMap)} ms (data ready to map and markers drawn)`);
	console.log(`  markers drawn at end   ${result.markers} (at most ${result.most} during the steps)`);
	console.log(`  frame time p95         ${f(p95)} ms   (target ≤ ${TARGET_P95_MS} ms)`);
	console.log(`  frame time max         ${f(sorted.at(-1))} ms`);
	console.log(`  frame time median      ${f(sorted[Math.floor(sorted.length / 2)])} ms`);
	const slowest = result.steps
		.map((ms, i) => ({ ms, ...result.phases[i] }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 3)
		.map((s) => `${f(s.ms)} (${f(s.leaflet)} + ${f(s.effects)} + ${f(s.layout)})`);
	console.log(`  slowest steps          ${slowest.join(', ')} ms (Leaflet + effects + style/layout)`);
	console.log(`  /map/ JS (gzip)        ${f(js)} KB   (target ≤ ${TARGET_JS_KB} KB)`);
	console.log(`  boundary data (gzip)   ${f(geo)} KB   (target ≤ ${TARGET_GEO_KB} KB)`);
	console.log(`  /map/ total (gzip)     ${f(total)} KB in ${files.size} files`);
	console.log(ok ? 'All targets met.' : 'A target was missed.');
	process.exitCode = ok ? 0 : 1;
} finally {
	await browser.close();
	server.kill();
}
