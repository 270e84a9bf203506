import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

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
		prerender: {
			// The English home is the crawler's second entrance; everything else is reached by links.
			entries: ['*', '/en/'],
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
