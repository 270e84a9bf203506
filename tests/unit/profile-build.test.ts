// The profile a build writes into every page (REQUIREMENTS X-01): web by default, kiosk with the build flag, and
// always embed under /embed/.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function htmlFor(pathname: string, profile?: string): Promise<string> {
	vi.resetModules();
	if (profile) vi.stubEnv('EXHIBITION_PROFILE', profile);
	const { handle } = await import('../../src/hooks.server');
	let html = '<html lang="%lang%" data-profile="%profile%">';
	await handle({
		event: { url: new URL(`http://x${pathname}`) } as never,
		resolve: ((_: unknown, options: { transformPageChunk: (input: { html: string }) => string }) => {
			html = options.transformPageChunk({ html });
			return new Response(html);
		}) as never
	});
	return html;
}

describe('the built profile', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('is web by default and embed under /embed/', async () => {
		expect(await htmlFor('/en/timeline/')).toBe('<html lang="en" data-profile="web">');
		expect(await htmlFor('/embed/figures/zhao-yiman/')).toBe('<html lang="zh-Hans" data-profile="embed">');
	});

	it('is kiosk on every page of a kiosk build (EXHIBITION_PROFILE=kiosk)', async () => {
		expect(await htmlFor('/figures/', 'kiosk')).toBe('<html lang="zh-Hans" data-profile="kiosk">');
		expect(await htmlFor('/en/embed/map/', 'kiosk')).toBe('<html lang="en" data-profile="embed">');
	});
});
