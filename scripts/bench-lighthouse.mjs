// `npm run bench:lighthouse` (REQUIREMENTS P-01): Lighthouse's mobile preset (a mid-range phone on simulated
// "Slow 4G") on the home page, a figure, the map and the timeline, three runs each, against build/ served locally.
// Prints the median LCP, TBT, CLS and performance score per page and exits 1 if a median misses its target:
// LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.1, score ≥ 90. The machine is shared, so read a miss as "run it again" first.
// `-- /path/ /other/` measures other pages; BENCH_RUNS changes the number of runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuild } from './lib/bench.mjs';

const PORT = 4178;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/figures/zhao-yiman/', '/map/', '/timeline/'];
const TARGETS = { lcp: 2500, tbt: 200, cls: 0.1, score: 90 };

const server = await serveBuild('build/index.html', PORT, 'npm run bench:lighthouse');
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
});

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let missed = 0;
try {
	console.log(`Lighthouse ${RUNS}× per page, mobile preset (simulated Slow 4G, 4× CPU slowdown), medians:`);
	console.log('  page                        LCP ms   TBT ms    CLS   score');
	for (const path of PAGES) {
		/** @type {{ lcp: number, tbt: number, cls: number, score: number }[]} */
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned no result for ${path}`);
			const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
			runs.push({
				lcp: audit('largest-contentful-paint'),
				tbt: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift'),
				score: Math.round((lhr.categories.performance.score ?? 0) * 100)
			});
		}
		const m = {
			lcp: median(runs.map((r) => r.lcp)),
			tbt: median(runs.map((r) => r.tbt)),
			cls: median(runs.map((r) => r.cls)),
			score: median(runs.map((r) => r.score))
		};
		const misses = [
			m.lcp > TARGETS.lcp && `LCP > ${TARGETS.lcp} ms`,
			m.tbt > TARGETS.tbt && `TBT > ${TARGETS.tbt} ms`,
			m.cls > TARGETS.cls && `CLS > ${TARGETS.cls}`,
			m.score < TARGETS.score && `score < ${TARGETS.score}`
		].filter(Boolean);
		missed += misses.length;
		console.log(
			`  ${path.padEnd(26)} ${m.lcp.toFixed(0).padStart(6)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(6)} ${String(m.score).padStart(7)}` +
				(misses.length ? `   MISSED: ${misses.join(', ')}` : '')
		);
	}
	console.log(
		`Targets: LCP ≤ ${TARGETS.lcp} ms, TBT ≤ ${TARGETS.tbt} ms, CLS ≤ ${TARGETS.cls}, score ≥ ${TARGETS.score}.`
	);
} finally {
	chrome.kill();
	server.kill();
}
process.exit(missed ? 1 : 0);
