// Event pages read as one chain: a student who keeps pressing "next" walks the whole century in order.
import { expect, test, type APIRequestContext } from '@playwright/test';

interface OpenEvent {
	id: string;
	title: { zh: string; en: string };
}

test('previous and next lead through every event once, in the order of the open data', async ({ page, request }) => {
	test.setTimeout(120_000);
	const { events } = (await (await request.get('/data/events.json')).json()) as { events: OpenEvent[] };
	expect(events.length).toBeGreaterThan(100);

	await page.goto(`/en/events/${events[0].id}/`);
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
	const visited: string[] = [];
	for (;;) {
		const id = page.url().match(/\/events\/([^/]+)\/$/)![1];
		visited.push(id);
		await expect(page.locator('h1')).toHaveText(events[visited.length - 1].title.en);
		const next = page.locator('a[rel="next"]');
		if ((await next.count()) === 0) break;
		await next.click();
		await page.waitForURL((url) => !url.pathname.endsWith(`/${id}/`));
	}
	expect(visited).toEqual(events.map((e) => e.id));

	// And back one step from the last event.
	await page.locator('a[rel="prev"]').click();
	await expect(page).toHaveURL(new RegExp(`/en/events/${events.at(-2)!.id}/$`));
});

test('an event page shows its date, places linked to the map at that year, figures and sources', async ({ page }) => {
	await page.goto('/events/jiang-zhujun-arrested-wanxian/');
	await expect(page.locator('h1')).toContainText('江竹筠');
	// A disputed date says so and names the version used.
	await expect(page.getByText('史料记载不一').first()).toBeVisible();
	const mapLink = page.locator('a[href*="/map/?"][href*="place="]').first();
	await expect(mapLink).toHaveAttribute('href', /year=1948/);
	await expect(page.locator('a[href="/figures/jiang-zhujun/"]').first()).toBeVisible();
	expect(await page.locator('a[href^="http"]').count()).toBeGreaterThan(0);
});

/** The events of the open data that carry the single-source caution, in the order of the data. */
async function cautionedEvents(request: APIRequestContext) {
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: (OpenEvent & { singleSource?: { zh: string; en: string } })[];
	};
	return events.filter((e) => e.singleSource);
}

test('an event that rests on one source says so, in both languages, where its sources are listed', async ({
	page,
	request
}) => {
	const flagged = await cautionedEvents(request);
	expect(flagged.map((e) => e.id)).toContain('sichuan-womens-federation-founded-1954');

	await page.goto('/events/sichuan-womens-federation-founded-1954/');
	const caution = page.getByRole('complementary', { name: '仅有一个来源，尚待核实' });
	await expect(caution).toContainText('四川省志');
	await page.goto('/en/events/sichuan-womens-federation-founded-1954/');
	await expect(page.getByRole('complementary', { name: 'One source only, not yet corroborated' })).toBeVisible();

	// A well-sourced event carries no such caution.
	await page.goto('/en/events/marriage-law-1950/');
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByRole('complementary', { name: 'One source only, not yet corroborated' })).toHaveCount(0);
});

test('the about page lists every event still resting on one source, with what was searched, in both languages', async ({
	page,
	request
}) => {
	const flagged = await cautionedEvents(request);
	expect(flagged.length).toBeGreaterThan(0);

	for (const [lang, prefix, heading] of [
		['zh', '', '尚待核实的记载'],
		['en', '/en', 'Records not yet corroborated']
	] as const) {
		await page.goto(`${prefix}/about/`);
		const section = page.getByRole('region', { name: heading });
		const items = section.getByRole('listitem');
		await expect(items).toHaveCount(flagged.length);
		for (const [i, event] of flagged.entries()) {
			const link = items.nth(i).getByRole('link');
			await expect(link).toHaveAttribute('href', `${prefix}/events/${event.id}/`);
			await expect(link).toContainText(event.title[lang]);
			await expect(items.nth(i)).toContainText(event.singleSource![lang]);
		}
	}
});
