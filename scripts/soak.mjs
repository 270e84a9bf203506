// `npm run soak [-- --touches N]`: a day in the hall, compressed (REQUIREMENTS K-12). Headless Chromium on the
// kiosk build taps at random across the kiosk's views (2,000 touches by default, on whatever a visitor could touch
// at that moment: links, buttons, map markers, the timeline, QR dialogs), with a reset to the attract screen every
// 100 touches (one "visit"). It prints the JS heap after a forced GC on the kiosk home after the first visits (the
// baseline, once code and caches are warm, as K-12's "after 10 visits") and after the last one, the most detached
// DOM nodes seen before a reset, and console errors. Exits 1 unless the heap grew by
// less than 10 % and there were no errors. The touches are seeded, so every run makes the same choices.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4185;
const touchesIndex = process.argv.indexOf('--touches');
const TOUCHES = touchesIndex > -1 ? Number(process.argv[touchesIndex + 1]) : 2000;
const RESET_EVERY = 100;
/** Visits before the baseline is taken: the first ones load code and fill caches once. */
const WARMUP_VISITS = 2;
const TARGET_GROWTH = 0.1;
const BASE = `http://127.0.0.1:${PORT}`;

if (!existsSync('build/kiosk/index.html')) {
	console.error('build/ has no kiosk: run `npm run build` first (npm run soak does).');
	process.exit(1);
}

/** mulberry32, as src/lib/random.ts (a script cannot import TypeScript). */
function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = seededRandom(2021);

const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc']
});

const errors = [];
let exitCode = 0;
try {
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.stack ?? String(error)));
	const cdp = await context.newCDPSession(page);

	async function heapAfterGc() {
		await cdp.send('HeapProfiler.collectGarbage');
		await page.evaluate(() => /** @type {any} */ (window).gc?.());
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return usedSize;
	}

	async function detachedNodes() {
		await cdp.send('HeapProfiler.collectGarbage');
		try {
			const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
			return detachedNodes.reduce((sum, tree) => sum + 1 + (tree.treeNode?.childNodeCount ?? 0), 0);
		} catch {
			return NaN; // Not offered by this Chromium: reported as n/a.
		}
	}

	/** Reset as the idle timeout does, then start a visit from the attract screen. */
	async function resetAndStart() {
		await page.locator('.kiosk-bar').waitFor();
		await page.evaluate(() => /** @type {any} */ (window).kioskReset?.());
		await page.waitForURL(/\/kiosk\/$/);
		await page.locator('.start-area').click();
		await page.waitForURL(/\/kiosk\/home\/$/);
		await page.waitForTimeout(300);
	}

	await page.goto(`${BASE}/kiosk/`);
	await cdp.send('DOM.enable');
	await page.locator('.start-area').click();
	await page.waitForURL(/\/kiosk\/home\/$/);
	await page.waitForTimeout(500);
	const heapFirst = await heapAfterGc();
	let heapStart = heapFirst;

	let maxDetached = 0;
	let resets = 0;
	const started = Date.now();
	for (let touch = 1; touch <= TOUCHES; touch++) {
		// What a visitor could touch now: inside an open dialog only that dialog, else every visible target on screen.
		const points = await page.evaluate(() => {
			const scope = document.querySelector('dialog[open]') ?? document;
			const selector =
				'a[href], button:not([disabled]), summary, select, [data-kiosk-qr], .leaflet-marker-icon, .stage';
			return [...scope.querySelectorAll(selector)]
				.map((el) => el.getBoundingClientRect())
				.filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.left >= 0)
				.map((r) => ({ x: r.left + r.width / 2, y: Math.min(r.top + r.height / 2, innerHeight - 2) }));
		});
		if (points.length === 0 || random() < 0.1) {
			await page.mouse.wheel(0, random() < 0.7 ? 600 : -600);
		} else {
			const point = points[Math.floor(random() * points.length)];
			await page.touchscreen.tap(point.x, point.y);
		}
		await page.waitForLoadState('domcontentloaded');
		await page.waitForTimeout(40);
		if (!page.url().startsWith(BASE)) throw new Error(`A touch left the exhibition: ${page.url()}`);
		if (touch % RESET_EVERY === 0) {
			const detached = await detachedNodes();
			if (detached > maxDetached) maxDetached = detached;
			await resetAndStart();
			resets += 1;
			if (resets === WARMUP_VISITS) heapStart = await heapAfterGc();
		}
	}
	await resetAndStart();
	const heapEnd = await heapAfterGc();
	const growth = (heapEnd - heapStart) / heapStart;
	const minutes = (Date.now() - started) / 60_000;

	const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
	console.log(`Kiosk soak: ${TOUCHES} touches, ${resets} resets, ${minutes.toFixed(1)} min`);
	console.log(`  JS heap after GC on the kiosk home, first load:          ${mb(heapFirst)}`);
	console.log(`  JS heap after GC on the kiosk home, after ${WARMUP_VISITS} visits:      ${mb(heapStart)}  (baseline)`);
	console.log(
		`  JS heap after GC on the kiosk home, after ${resets + 1} visits:     ${mb(heapEnd)}  (${(growth * 100).toFixed(1)} % on the baseline)`
	);
	console.log(`  detached DOM nodes before a reset, max: ${Number.isNaN(maxDetached) ? 'n/a' : maxDetached}`);
	console.log(`  console errors: ${errors.length}`);
	for (const error of errors.slice(0, 10)) console.log(`    ${error}`);
	const ok = growth < TARGET_GROWTH && errors.length === 0;
	console.log(ok ? 'Target met: heap growth < 10 %, no errors.' : 'Target MISSED: heap growth < 10 % and no errors.');
	exitCode = ok ? 0 : 1;
} finally {
	await browser.close();
	server.kill();
}
process.exit(exitCode);
