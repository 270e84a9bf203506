// Every prerendered page, in Chinese and English, opened as a reader would: it loads, says which language it
// is in, passes axe (WCAG 2.2 AA), asks nothing of any other origin, and links only to pages that exist.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { drawDeferred } from './app';

const BUILD = 'build';

function pagesIn(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pagesIn(path);
		return name === 'index.html' ? [`/${relative(BUILD, dir).split('\\').join('/')}/`.replace('//', '/')] : [];
	});
}

/** Whether a root-relative path is something the static build serves. */
function isBuilt(path: string): boolean {
	const file = join(BUILD, decodeURIComponent(path));
	return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

// The benchmark's test bench (/bench/timeline/) is no exhibition page: its synthetic events link nowhere.
// Embeds of single figures and events share one template each: three of each are opened, not all (embed.e2e.ts
// checks every oEmbed answer and its embed's status).
const sampled = new Map<string, number>();
const pages = pagesIn(BUILD)
	.filter((path) => !path.startsWith('/bench/'))
	.sort()
	.filter((path) => {
		const kind = /^\/(en\/)?embed\/(figures|events)\//.exec(path)?.[0];
		if (!kind) return true;
		sampled.set(kind, (sampled.get(kind) ?? 0) + 1);
		return sampled.get(kind)! <= 3;
	});

test('the build has every route in both languages', () => {
	for (const route of [
		'/',
		'/timeline/',
		'/map/',
		'/figures/',
		'/figures/zhao-yiman/',
		'/figures/jiang-zhujun/',
		'/about/'
	]) {
		expect(pages).toContain(route);
		expect(pages).toContain(`/en${route}`);
	}
	const events = pages.filter((p) => p.startsWith('/events/'));
	expect(events.length).toBeGreaterThanOrEqual(10);
	expect(pages.filter((p) => p.startsWith('/en/events/')).length).toBe(events.length);
});

for (const path of pages) {
	test(`${path} loads without script errors, is accessible and self-contained`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
		});
		// A script error is a broken page even when it looks fine (the app may not have started).
		const scriptErrors: string[] = [];
		page.on('pageerror', (error) => scriptErrors.push(error.message));

		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'zh-Hans');
		await expect(page.locator('h1')).toHaveCount(1);
		expect((await page.title()).length).toBeGreaterThan(0);

		await drawDeferred(page);
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		const broken = hrefs
			.map((href) => new URL(href))
			.filter((url) => url.origin === origin && !isBuilt(url.pathname))
			.map((url) => url.pathname);
		expect(broken).toEqual([]);

		// REQUIREMENTS A-08: readable on a 320 px phone without scrolling sideways.
		await page.setViewportSize({ width: 320, height: 640 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
		expect(scriptErrors).toEqual([]);
	});
}

test('the timeline benchmark page renders synthetic events and exposes its driver', async ({ page }) => {
	await page.goto('/bench/timeline/?n=50');
	await page.waitForFunction(() => '__bench' in window);
	expect(await page.evaluate(() => (window as unknown as { __bench: { n: number } }).__bench.n)).toBe(50);
	await expect(page.locator('.stage svg [data-event-id]').first()).toBeAttached();
});
