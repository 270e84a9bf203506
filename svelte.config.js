import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// One stamp per build: the config is loaded again by the prerendering process, which inherits this variable.
process.env.EXHIBITION_BUILD_TIME ??= new Date().toISOString().replace(/[-:]|\.\d+/g, '');

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// Runes everywhere in our code; libraries in node_modules decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// strict: every route must be prerendered; a page that cannot be fails the build.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		alias: { $data: 'data' },
		// Stylesheets under 2 KB (most components' own) go into the page: a profile linked 14 stylesheets, each a
		// round trip before the first paint on a slow school or mobile network (REQUIREMENTS P-01).
		inlineStyleThreshold: 2048,
		// The kiosk registers the service worker itself; the public web and embeds never get one (E-04).
		serviceWorker: { register: false },
		// Shown on /kiosk/health/ and naming the kiosk's offline cache: the release plus the build time.
		version: { name: `${version}+${process.env.EXHIBITION_BUILD_TIME}` },
		prerender: {
			// The English home is the crawler's second entrance, the kiosk's pages (linked from nowhere on the web) the others.
			entries: [
				'*',
				'/en/',
				'/kiosk/',
				'/en/kiosk/',
				'/kiosk/home/',
				'/en/kiosk/home/',
				'/kiosk/health/',
				'/sitemap.xml',
				'/robots.txt',
				'/embed/lessons/view/',
				'/en/embed/lessons/view/',
				'/en/kiosk/health/'
			],
			// A broken internal link fails the build and names the page that links to it.
			handleHttpError: ({ status, path, referrer, message }) => {
				throw new Error(`${status} ${path}${referrer ? ` (linked from ${referrer})` : ''}: ${message}`);
			},
			handleMissingId: ({ path, id, referrers }) => {
				throw new Error(`${path}#${id} does not exist (linked from ${referrers.join(', ')})`);
			}
		}
	}
};
