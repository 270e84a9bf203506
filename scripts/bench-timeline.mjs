// `npm run bench:timeline`: renders the timeline with 2,000 synthetic events in headless Chromium, drives a scripted
// zoom and pan, and prints first render, per-step frame times (p95, max), long tasks and JS heap, plus the gzipped
// JavaScript the /timeline/ route loads. Exits 1 if a target is missed: p95 ≤ 16 ms, route JS ≤ 160 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveBuild } from './lib/bench.mjs';

const N = Number(process.env.BENCH_EVENTS ?? 2000);
const PORT = 4179;
const TARGET_P95_MS = 16;
const TARGET_ROUTE_JS_KB = 160;

const server = await serveBuild('build/bench/timeline/index.html', PORT, 'npm run bench:timeline');
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--enable-precise-memory-info'
	]
});

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${PORT}/bench/timeline/?n=${N}`);
	await page.waitForFunction(() => 'ready' in window || '__bench' in window);
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__longTasks = [];
		new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
			type: 'longtask'
		});
	});

	// The gesture: 30 wheel steps in (to about a month), a 40-step drag pan, 30 wheel steps back out.
	const steps = await page.evaluate(() => {
		const b = /** @type {any} */ (window).__bench;
		const times = [];
		for (let i = 0; i < 30; i++) times.push(b.wheel(-120));
		times.push(b.down());
		for (let i = 1; i <= 40; i++) times.push(b.move(i * -15));
		times.push(b.up());
		for (let i = 0; i < 30; i++) times.push(b.wheel(120));
		return times;
	});
	const result = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		return {
			firstRender: w.__bench.firstRender,
			longTasks: w.__longTasks,
			heap: /** @type {any} */ (performance).memory?.usedJSHeapSize ?? NaN,
			caption: document.querySelector('figure.timeline figcaption span')?.textContent ?? ''
		};
	});

	// The JavaScript a reader downloads for /timeline/, gzipped as a server would send it.
	const scripts = new Set();
	const routePage = await browser.newPage();
	routePage.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
	});
	await routePage.goto(`http://127.0.0.1:${PORT}/timeline/`, { waitUntil: 'networkidle' });
	const routeJs =
		[...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join('build', path))).length, 0) / 1024;

	const sorted = [...steps].sort((a, b) => a - b);
	const p95 = sorted[Math.floor(sorted.length * 0.95)];
	const max = sorted.at(-1);
	const ok = p95 <= TARGET_P95_MS && routeJs <= TARGET_ROUTE_JS_KB;
	const f = (n) => n.toFixed(1);
	console.log(
		`Timeline benchmark: ${N} synthetic events, ${steps.length} gesture steps (wheel zoom in, drag pan, wheel zoom out)`
	);
	console.log(`  first render          ${f(result.firstRender)} ms`);
	console.log(`  frame time p95        ${f(p95)} ms   (target ≤ ${TARGET_P95_MS} ms)`);
	console.log(`  frame time max        ${f(max)} ms`);
	console.log(`  frame time median     ${f(sorted[Math.floor(sorted.length / 2)])} ms`);
	console.log(
		`  long tasks            ${result.longTasks.length} (${f(result.longTasks.reduce((a, b) => a + b, 0))} ms in all)`
	);
	console.log(`  JS heap used          ${f(result.heap / 1048576)} MB`);
	console.log(`  /timeline/ JS (gzip)  ${f(routeJs)} KB   (target ≤ ${TARGET_ROUTE_JS_KB} KB, ${scripts.size} files)`);
	console.log(`  view after gesture    ${result.caption}`);
	console.log(ok ? 'All targets met.' : 'A target was missed.');
	process.exitCode = ok ? 0 : 1;
} finally {
	await browser.close();
	server.kill();
}
