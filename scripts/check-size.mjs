// `npm run check:size` (part of `npm test`, after the build): the per-route budgets of REQUIREMENTS P-02 and P-04
// for students on slow school and mobile networks. For every prerendered page it sums what a reader downloads
// before the page is interactive, gzipped (scripts/lib/route-size.mjs), prints the largest page of each kind,
// and exits 1 naming every page over budget, any page that loads Leaflet's script up front, and any page that
// loads Leaflet's stylesheet without showing a map.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { routeSizer } from './lib/route-size.mjs';

const BUILD = process.argv[2] ?? 'build';
const KB = 1024;

/**
 * Budgets in gzipped KB per kind of page. REQUIREMENTS §6 proposes HTML ≤ 30 KB, CSS ≤ 30 KB and JS ≤ 120 KB
 * (map 180, timeline 160). Pages carry their hydration data in both languages, so an ordinary page gets 40 KB of
 * HTML; pages that by design hold a whole collection get their own HTML budget, a little above what they weigh
 * today, so that growth is a decision rather than an accident.
 */
const KINDS = [
	// The text twin lists every event in the HTML (readable without JavaScript).
	{ kind: 'timeline', match: /\/timeline\/$/, html: 45, css: 30, js: 160 },
	{ kind: 'map', match: /\/map\/$/, html: 40, css: 30, js: 180 },
	// A part of the bibliography: its sources, each with the records citing it. English pages carry the English of
	// every citation the curators wrote in Chinese and a translation of every Chinese title: the heaviest part (news,
	// whose sources are cited by the most pages) is 76 KB in English. The whole bibliography on one page reached
	// 179 KB, and axe took 30 s on it.
	{ kind: 'bibliography', match: /\/about\/sources\/[a-z-]+\/$/, html: 90, css: 30, js: 120 },
	// The glossary: every term with its definition and sources, in both languages' data (45 KB with session 10's
	// title translations and inlined component styles).
	{ kind: 'glossary', match: /\/glossary\/$/, html: 50, css: 30, js: 120 },
	// A lesson is read from its link in the browser, so the page holds every record's title and summary (the
	// summaries in the page's language only).
	{ kind: 'lesson', match: /\/lessons\/view\/$/, html: 65, css: 30, js: 120 },
	// The builder offers every record's title and date (no summaries).
	{ kind: 'builder', match: /\/lessons\/$/, html: 45, css: 30, js: 120 },
	// A tour's steps show the timeline and the map, so its page loads both their codes (the map's Leaflet itself only
	// on demand): 120.0 KB on 2026-12-01, when the map's Xikang caption learnt to stay inside a phone's map.
	{ kind: 'tour', match: /\/tours\/[^/]+\/$/, html: 40, css: 30, js: 128 },
	{ kind: 'page', match: /./, html: 40, css: 30, js: 120 }
];
/** Pages that show a map and so may load Leaflet's stylesheet; Leaflet's script always loads on demand. */
const SHOWS_MAP = /\/(map|figures\/[^/]+|tours\/[^/]+|lessons\/view)\/$/;
const LEAFLET_JS = 'Map container is already initialized';
const LEAFLET_CSS = '.leaflet-pane';

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const measure = routeSizer(BUILD);
const contains = new Map();
const has = (file, text) => {
	const key = `${file}\n${text}`;
	if (!contains.has(key)) contains.set(key, readFileSync(join(BUILD, file), 'utf8').includes(text));
	return contains.get(key);
};

const pages = htmlFiles(BUILD)
	.map((file) => '/' + relative(BUILD, file).replace(/index\.html$/, ''))
	// The benchmark pages are tools for `npm run bench:*`, not part of the exhibition.
	.filter((route) => !route.startsWith('/bench/'));
const problems = [];
const largest = new Map();
for (const route of pages) {
	const size = measure(join(BUILD, route.endsWith('/') ? `${route}index.html` : route));
	const budget = KINDS.find((k) => k.match.test(route));
	for (const part of /** @type {const} */ (['html', 'css', 'js'])) {
		if (size[part] > budget[part] * KB) {
			problems.push(`${route}: ${part.toUpperCase()} ${(size[part] / KB).toFixed(1)} KB > ${budget[part]} KB`);
		}
		const key = `${budget.kind} ${part}`;
		if (size[part] > (largest.get(key)?.bytes ?? -1)) largest.set(key, { route, bytes: size[part], max: budget[part] });
	}
	if (size.scripts.some((file) => has(file, LEAFLET_JS))) {
		problems.push(`${route}: loads Leaflet's script up front (it should load when a map is shown)`);
	}
	if (!SHOWS_MAP.test(route) && size.stylesheets.some((file) => has(file, LEAFLET_CSS))) {
		problems.push(`${route}: loads Leaflet's stylesheet but shows no map`);
	}
}

// The search index loads when the search page opens; it grows with the content, so it has a budget of its own.
const SEARCH_INDEX_KB = 80;
for (const lang of ['zh', 'en']) {
	const file = `data/search/${lang}.json`;
	if (!existsSync(join(BUILD, file))) continue;
	const bytes = gzipSync(readFileSync(join(BUILD, file))).length;
	largest.set(`search-index ${lang}`, { route: `/${file}`, bytes, max: SEARCH_INDEX_KB });
	if (bytes > SEARCH_INDEX_KB * KB) problems.push(`/${file}: ${(bytes / KB).toFixed(1)} KB > ${SEARCH_INDEX_KB} KB`);
}

console.log(`Route sizes, gzipped, over ${pages.length} pages: the largest of each kind against its budget`);
for (const [key, { route, bytes, max }] of largest) {
	const [kind, part] = key.split(' ');
	console.log(
		`  ${kind.padEnd(12)} ${part.toUpperCase().padEnd(4)} ${(bytes / KB).toFixed(1).padStart(6)} KB of ≤ ${max} KB  ${route}`
	);
}
if (problems.length) {
	console.error(`\n${problems.length} page(s) over budget:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log('Every page is within its budget.');
