// The build configuration promises that matter to readers: nothing half-prerendered, no broken links shipped.
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';

describe('svelte.config.js', () => {
	it('prerenders every page strictly into build/', () => {
		// adapter-static's `strict` makes the build fail if any route cannot be prerendered.
		expect(config.kit?.adapter?.name).toBe('@sveltejs/adapter-static');
	});

	it('fails the build on a broken internal link and names the page that links to it', () => {
		const handle = config.kit?.prerender?.handleHttpError;
		expect(typeof handle).toBe('function');
		if (typeof handle !== 'function') return;
		expect(() =>
			handle({
				status: 404,
				path: '/figures/nobody/',
				referrer: '/figures/',
				referenceType: 'linked',
				message: 'Not found'
			})
		).toThrow('404 /figures/nobody/ (linked from /figures/): Not found');
	});

	it('fails the build on a link to a missing #anchor', () => {
		const handle = config.kit?.prerender?.handleMissingId;
		expect(typeof handle).toBe('function');
		if (typeof handle !== 'function') return;
		expect(() => handle({ path: '/timeline/', id: 'era-x', referrers: ['/'], message: '' })).toThrow(
			'/timeline/#era-x does not exist (linked from /)'
		);
	});
});
