// A teacher prints a handout (REQUIREMENTS E-07): A4, no controls, with the address, a QR code and the citation.
import { expect, test } from '@playwright/test';
import { hydrated } from './app';

for (const path of ['/figures/jiang-zhujun/', '/en/events/marriage-law-1950/', '/timeline/?from=1949&to=1978']) {
	test(`${path} prints as an A4 handout with its URL, QR code and citation`, async ({ page }) => {
		// A profile fetches her life timeline's code (with its stylesheet) once it is idle.
		const timelineCode = path.startsWith('/figures/') && page.waitForResponse(/\/Timeline\.[\w-]+\.css$/);
		await page.goto(path);
		// As a reader would: the page is up and running (and idle) before they print it.
		await hydrated(page);
		await timelineCode;
		await page.emulateMedia({ media: 'print' });
		// Place names are buttons on screen (they open the map's panel) and plain text on paper; nothing else is left.
		const visibleControls = await page
			.locator('button:not(.link), select, input, textarea, nav[aria-label]')
			.evaluateAll((elements) => elements.filter((el) => (el as HTMLElement).offsetParent !== null).length);
		expect(visibleControls).toBe(0);
		await expect(page.locator('.site-header')).toBeHidden();
		const gbt = page.locator('[data-style="gbt"]');
		await expect(gbt).toBeVisible();
		await expect(gbt).toContainText('[EB/OL]');
		const qr = page.locator('.handout svg[role="img"]');
		await expect(qr).toBeVisible();
		const address = await page.locator('.handout figcaption').textContent();
		expect(address).toMatch(/^https?:\/\/\S+$/);
		expect(new URL(address!).pathname).toBe(new URL(path, 'http://x').pathname);
		if (path.startsWith('/figures/')) {
			// Her journey keeps its place names on paper ("出生：自贡…", not "出生：").
			const stops = page.locator('ol.journey li');
			expect(await stops.count()).toBeGreaterThan(2);
			for (const stop of await stops.all()) await expect(stop.locator('button.link')).toBeVisible();
			// Her life's timeline is drawn for paper too, although the reader never scrolled down to it: at once, since
			// printing does not wait (its code was fetched while the page was idle).
			expect(await page.locator('section:has(#events) figure.timeline svg').count()).toBeGreaterThan(0);
			// Where sources differ, paper shows every version and says so, rather than "展开查看来源" (open to see).
			const dispute = page.locator('aside.dispute').first();
			const summary = await dispute.locator('summary').innerText();
			expect(summary).toContain('详见下文');
			expect(summary).not.toContain('展开');
			await expect(dispute.locator('li.used')).toBeVisible();
			// Paper cannot show the journey's map: no empty frame where it would be.
			await expect(page.locator('.map-frame')).toHaveCount(1);
			await expect(page.locator('.map-frame')).toBeHidden();
		}

		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const text = pdf.toString('latin1');
		// A4 is 595 × 842 points; every page of the handout has that MediaBox.
		const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [
			Math.round(+w),
			Math.round(+h)
		]);
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) expect(box).toEqual([595, 842]);
	});
}

test('a printed tour gives every step’s “open …” link its full address, since words on paper lead nowhere', async ({
	page
}) => {
	await page.goto('/tours/two-lives/');
	await page.emulateMedia({ media: 'print' });
	const steps = page.locator('section.step');
	const count = await steps.count();
	expect(count).toBeGreaterThan(2);
	for (const step of await steps.all()) {
		const link = step.locator('a').last();
		const address = step.locator('.printed-address');
		await expect(address).toBeVisible();
		const printed = new URL((await address.textContent())!);
		expect(printed.protocol).toMatch(/^https?:$/);
		const href = new URL((await link.getAttribute('href'))!, 'http://x');
		expect(printed.pathname + printed.search).toBe(href.pathname + href.search);
	}
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.printed-address').first()).toBeHidden();
});
