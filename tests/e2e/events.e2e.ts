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

test('a source that confirms only the setting is marked as such on the event page, and only that one', async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: { id: string; sources: { publisher: string; settingOnly?: true }[] }[];
	};
	const event = events.find((e) => e.id === 'panzhihua-women-third-front-builders-1965');
	const marked = event?.sources.filter((s) => s.settingOnly).map((s) => s.publisher);
	expect(marked).toEqual(['人民网·四川频道']);

	await page.goto('/events/panzhihua-women-third-front-builders-1965/');
	const items = page.locator('ol.sources > li');
	await expect(items).toHaveCount(event!.sources.length);
	await expect(items.filter({ hasText: '只印证背景' })).toHaveCount(1);
	await expect(items.filter({ hasText: '只印证背景' })).toContainText('人民网·四川频道');
	await page.goto('/en/events/panzhihua-women-third-front-builders-1965/');
	await expect(page.locator('ol.sources > li').filter({ hasText: 'confirms the setting only' })).toHaveCount(1);
});

test("each source's note (what it gives the record) is shown under it, in the page's language", async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: { id: string; sources: { note?: { zh: string; en: string } }[] }[];
	};
	const event = events.find((e) => e.id === 'panzhihua-women-third-front-builders-1965')!;
	const withNotes = event.sources.flatMap((s, i) => (s.note ? [[i, s.note] as const] : []));
	expect(withNotes.length).toBeGreaterThan(0);

	await page.goto(`/events/${event.id}/`);
	const items = page.locator('ol.sources > li');
	await expect(items.locator('.note')).toHaveCount(withNotes.length);
	for (const [i, note] of withNotes) await expect(items.nth(i).locator('.note')).toHaveText(`说明：${note.zh}`);
	await page.goto(`/en/events/${event.id}/`);
	for (const [i, note] of withNotes) await expect(items.nth(i).locator('.note')).toHaveText(`Note: ${note.en}`);
	// The bibliography lists a source once for many records, so it carries no record's note.
	await page.goto('/about/sources/news/');
	await expect(page.locator('ol.sources li')).not.toHaveCount(0);
	await expect(page.locator('ol.sources .note')).toHaveCount(0);
});

test('the bibliography numbers its sources one after another across its parts, for citing them aloud in class', async ({
	page
}) => {
	await page.goto('/about/sources/');
	const parts = await page
		.locator('.parts a')
		.evaluateAll((links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, label: a.textContent! })));
	expect(parts.length).toBeGreaterThan(1);
	let next = 1;
	for (const part of parts) {
		await page.goto(part.href);
		// Each source is a list of its own (with where it is used after it), numbered on from the one before, and
		// the part's contents line says which numbers it holds.
		const starts = await page
			.locator('.bibliography ol.sources')
			.evaluateAll((ols) => ols.map((ol) => (ol as HTMLOListElement).start));
		expect(starts.length, part.label).toBeGreaterThan(0);
		expect(starts, part.label).toEqual(Array.from({ length: starts.length }, (_, i) => next + i));
		const last = next + starts.length - 1;
		await expect(page.locator('.lede')).toContainText(last > next ? `第${next}–${last}条` : `第${next}条`);
		await expect(page.locator('nav .parts [aria-current="page"]')).toHaveText(part.label);
		next += starts.length;
	}
	// The contents page counts the sources of all parts (a data test checks that every cited source is in one).
	await page.goto('/about/sources/');
	await expect(page.locator('.lede')).toContainText(`共${next - 1}种`);
	expect(next - 1).toBeGreaterThan(500);
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

test('lists of events flag the disputed dates and the single-source records, and only those', async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: (OpenEvent & {
			era: string;
			date: { variants?: unknown[] };
			endDate?: { variants?: unknown[] };
			singleSource?: unknown;
		})[];
	};
	const construction = events.filter((e) => e.era === 'construction');
	const expected = (e: (typeof events)[number]) =>
		[e.date.variants || e.endDate?.variants ? '史料记载不一' : '', e.singleSource ? '仅有一个来源' : ''].filter(
			Boolean
		);
	// The era has both kinds, so this test checks both labels and their absence.
	expect(construction.some((e) => e.singleSource)).toBe(true);
	expect(construction.some((e) => e.date.variants)).toBe(true);

	await page.goto('/eras/construction/');
	const items = page.locator('ol.events > li');
	await expect(items).toHaveCount(construction.length);
	for (const [i, event] of construction.entries()) {
		await expect(items.nth(i).getByRole('link').first()).toHaveText(event.title.zh);
		await expect(items.nth(i).locator('.flag')).toHaveText(expected(event));
	}

	// The timeline's text version, over the same era (English labels).
	await page.goto('/en/timeline/?from=1949&to=1978');
	for (const event of construction) {
		const row = page.locator(`.twin li[data-event-id="${event.id}"]`);
		const labels = expected(event).map((l) => (l === '史料记载不一' ? 'Sources differ' : 'One source only'));
		await expect(row.locator('.flag')).toHaveText(labels);
	}
});

test('an event on a guided tour links to the tour, opened at that stop', async ({ page }) => {
	await page.goto('/en/events/marriage-law-1950/');
	const link = page.getByRole('definition').getByRole('link', { name: /Women and the law/i });
	await expect(link).toHaveAttribute('href', /^\/en\/tours\/women-and-the-law\/\?step=\d+$/);
	const step = new URL(await link.evaluate((a: HTMLAnchorElement) => a.href)).searchParams.get('step');
	await link.click();
	await expect(page.locator(`section.step[data-step="${step}"]:not([hidden]) h2`)).toContainText('Marriage Law');
});

test('English pages give citations in English where the curators wrote Chinese; original titles stay as written', async ({
	page
}) => {
	// Sources include described titles (原标题不详), unknown publishers (未详) and Chinese repost notes.
	await page.goto('/en/about/sources/');
	const parts = await page.locator('.parts a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(parts.length).toBeGreaterThan(1);
	let describedSeen = false;
	let originalSeen = false;
	for (const part of parts) {
		await page.goto(part);
		const sources = page.locator('ol.sources li');
		expect(await sources.count(), part).toBeGreaterThan(0);
		// No curators' Chinese is left, and every Chinese character that remains (an original title, a publisher's
		// characters in brackets) is inside an element that says it is Chinese, so a screen reader switches voice.
		const { leftInChinese, untagged } = await sources.evaluateAll((items) => {
			const leftInChinese: string[] = [];
			const untagged: string[] = [];
			for (const li of items) {
				for (const span of li.querySelectorAll(':scope > span[lang], :scope > .meta > span[lang]'))
					if (/[未不]详|未能确认|不明|转载/.test(span.textContent!) && !span.getAttribute('lang')!.startsWith('en'))
						leftInChinese.push(span.textContent!);
				const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (!/[\u3400-\u9fff]/.test(node.textContent!)) continue;
					const lang = node.parentElement!.closest('[lang]')!.getAttribute('lang')!;
					if (!/^(zh|ja)/.test(lang)) untagged.push(node.textContent!);
				}
			}
			return { leftInChinese, untagged };
		});
		expect(untagged, part).toEqual([]);
		expect(leftInChinese, part).toEqual([]);
		const described = page.locator('ol.sources cite', { hasText: '(original title unknown)' });
		if ((await described.count()) > 0) {
			describedSeen = true;
			await expect(described.first()).toHaveAttribute('lang', 'en');
		}
		const original = page.locator('ol.sources cite[lang="zh-Hans"]', { hasText: '张露萍' });
		if ((await original.count()) > 0) {
			originalSeen = true;
			// An original Chinese title is followed by its translation, after a (no-break) space: "065.张露萍 [065. Zhang
			// Luping]".
			const translation = await original
				.first()
				.locator('xpath=following-sibling::span[contains(@class, "translation")][1]')
				.evaluate((el) => el.textContent!);
			expect(translation).toMatch(/^\s\[[^\u3400-\u9fff]*Zhang Luping[^\u3400-\u9fff]*\]$/);
		}
	}
	expect(describedSeen).toBe(true);
	expect(originalSeen).toBe(true);

	await page.goto('/about/sources/news/');
	await expect(page.locator('ol.sources cite', { hasText: '（原标题不详）' }).first()).toHaveAttribute(
		'lang',
		'zh-Hans'
	);
	await expect(page.locator('ol.sources span[lang="en"]', { hasText: 'unknown' })).toHaveCount(0);
});
