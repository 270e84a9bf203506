// The timeline as a reader uses it: zoom by wheel, buttons and keys; a link to an exact view; filters; the detail
// panel; and the text twin, which must show exactly the events the picture shows (REQUIREMENTS A-05).
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './app';

const caption = (page: Page) => page.locator('figure.timeline figcaption span').first();
const stage = (page: Page) => page.getByRole('slider', { name: '时间线事件' });

/** Years shown in the caption, e.g. "显示12个事件，1930年至1940年" → [1930, 1940]. */
async function shownYears(page: Page): Promise<[number, number]> {
	const text = (await caption(page).textContent()) ?? '';
	const match = /(\d{4})年至(\d{4})年/.exec(text);
	if (!match) throw new Error(`no range in "${text}"`);
	return [Number(match[1]), Number(match[2])];
}

async function twinIds(page: Page): Promise<string[]> {
	return page
		.locator('.twin li[data-event-id]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')!));
}

async function svgIds(page: Page): Promise<string[]> {
	return page
		.locator('.stage svg')
		.evaluate((svg) => [
			...[...svg.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id')!),
			...[...svg.querySelectorAll('[data-ids]')].flatMap((g) => g.getAttribute('data-ids')!.split(' '))
		]);
}

test('a link with from and to opens that range, and the twin shows the same events as the picture', async ({
	page
}) => {
	await page.goto('/timeline/?from=1930&to=1940');
	await expect(caption(page)).toContainText('1930年至1940年');
	// The twin follows the picture once the view settles (a moment after a gesture).
	await expect.poll(async () => (await twinIds(page)).sort()).toEqual((await svgIds(page)).sort());
	const twin = await twinIds(page);
	expect(twin.length).toBeGreaterThan(3);
	for (const time of await page.locator('.twin li time:first-of-type').allTextContents()) {
		const year = Number(/(\d{4})/.exec(time)![1]);
		expect(year).toBeGreaterThanOrEqual(1930);
		expect(year).toBeLessThanOrEqual(1940);
	}
});

test('invalid parameters fall back to the whole century without an error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/timeline/?from=abc&to=1&event=nobody&theme=%3Cscript%3E');
	await expect(caption(page)).toContainText('1921年至2021年');
	expect(errors).toEqual([]);
});

test('the buttons zoom in, out and back to the whole century, and the URL follows without new history entries', async ({
	page
}) => {
	await page.goto('/timeline/');
	await expect(caption(page)).toContainText('1921年至2021年');
	const historyLength = await page.evaluate(() => history.length);
	await page.getByRole('button', { name: '放大' }).click();
	await page.getByRole('button', { name: '放大' }).click();
	const [from, to] = await shownYears(page);
	expect(to - from).toBeLessThan(30);
	await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
	await page.getByRole('button', { name: '向后' }).click();
	expect((await shownYears(page))[0]).toBeGreaterThan(from);
	await page.getByRole('button', { name: '全部百年' }).click();
	await expect(caption(page)).toContainText('1921年至2021年');
	await expect(page).toHaveURL(/\/timeline\/$/);
});

test('the range can be set to 1919–1949 with taps alone, no dragging (A-06)', async ({ page }) => {
	await page.goto('/timeline/');
	await hydrated(page);
	await page.getByLabel('起始年份').selectOption('1919');
	await page.getByLabel('结束年份').selectOption('1949');
	await expect(caption(page)).toContainText('1919年至1949年');
	await expect(page).toHaveURL(/from=1919&to=1949/);
});

test('the wheel scrolls the page over the timeline, and zooms it with Ctrl held', async ({ page }) => {
	await page.goto('/timeline/');
	await hydrated(page);
	const box = (await page.locator('.stage svg').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	// A plain wheel is the page's: it scrolls on, the range stays, and a note says how to zoom.
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await expect(page.locator('.wheel-hint')).toBeVisible();
	expect(await shownYears(page)).toEqual([1921, 2021]);

	await page.evaluate(() => scrollTo(0, 0));
	const again = (await page.locator('.stage svg').boundingBox())!;
	await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
	await page.keyboard.down('Control');
	// One notch of a mouse wheel is a gentle step (about 1.15×), not the fourfold jump d3 makes of Ctrl+wheel.
	await page.mouse.wheel(0, -100);
	await expect.poll(async () => (await shownYears(page))[1] - (await shownYears(page))[0]).toBeLessThan(98);
	expect((await shownYears(page))[1] - (await shownYears(page))[0]).toBeGreaterThan(75);
	await page.mouse.wheel(0, -600);
	await page.keyboard.up('Control');
	await expect.poll(async () => (await shownYears(page))[1] - (await shownYears(page))[0]).toBeLessThan(60);
});

test('keyboard: arrows step through events, Enter opens the details, the close button returns focus', async ({
	page
}) => {
	await page.goto('/timeline/?from=1935&to=1937');
	await stage(page).focus();
	await page.keyboard.press('Home');
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toHaveText(/\d{4}年.+/);
	const first = await live.textContent();
	await page.keyboard.press('ArrowRight');
	await expect(live).not.toHaveText(first!);
	await expect(stage(page)).toHaveAttribute('aria-valuenow', '2');
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.locator('.sources li').first()).toBeVisible();
	await panel.getByRole('button', { name: '关闭' }).click();
	await expect(stage(page)).toBeFocused();
	await page.keyboard.press('+');
	const [from, to] = await shownYears(page);
	expect(to - from).toBeLessThanOrEqual(2);
});

test('on a school laptop (1366 × 768) the whole chart, axis included, is on the first screen in both languages', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	for (const path of ['/timeline/', '/en/timeline/']) {
		await page.goto(path);
		const box = await page.locator('.stage svg').boundingBox();
		expect(box, path).not.toBeNull();
		expect(box!.y + box!.height, path).toBeLessThanOrEqual(768);
	}
});

test('a click on the chart brings the details into view; Escape closes them and returns to the chart', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/timeline/?theme=education');
	await hydrated(page);
	await page.locator('.stage svg g.mark[data-event-id]').first().click();
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(stage(page)).toBeFocused();
});

test('a link with event= opens its details, with summary, sources and links to the map and profile', async ({
	page
}) => {
	await page.goto('/timeline/?event=zhao-yiman-executed');
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('赵一曼在珠河县英勇就义');
	await expect(panel.locator('time')).toHaveAttribute('datetime', '1936-08-02');
	await expect(panel.locator('.sources li').first()).toBeVisible();
	await expect(panel.getByRole('link', { name: '赵一曼', exact: true })).toHaveAttribute(
		'href',
		'/figures/zhao-yiman/'
	);
	await expect(panel.locator('a[href^="/map/?place="]').first()).toHaveAttribute('href', /year=1936/);
});

test('filters narrow the picture and the twin alike, and are written to the URL', async ({ page }) => {
	await page.goto('/timeline/');
	await hydrated(page);
	const all = (await twinIds(page)).length;
	await page.getByLabel('主题').selectOption('sport');
	await expect.poll(async () => (await twinIds(page)).length).toBeLessThan(all);
	await expect.poll(async () => (await twinIds(page)).sort()).toEqual((await svgIds(page)).sort());
	expect((await twinIds(page)).length).toBeGreaterThan(0);
	await expect(page).toHaveURL(/theme=sport/);
	await page.getByLabel('人物').selectOption('zhang-shan');
	await expect.poll(async () => (await twinIds(page)).every((id) => id.startsWith('zhang-shan'))).toBe(true);
});

test('life lines draw the chosen figures from birth to death', async ({ page }) => {
	await page.goto('/timeline/?lives=zhao-yiman,jiang-zhujun');
	await expect(page.locator('.life[data-figure-id="zhao-yiman"]')).toHaveCount(1);
	await expect(page.locator('.life[data-figure-id="jiang-zhujun"]')).toHaveCount(1);
});

test('day, month and year precision are drawn differently', async ({ page }) => {
	await page.goto('/timeline/');
	await expect(page.locator('.mark[data-precision="day"] circle').first()).toBeAttached();
	await expect(page.locator('.mark[data-precision="year"] rect:not(.hit)').first()).toBeAttached();
	const dayWidth = await page
		.locator('.mark[data-precision="day"] circle')
		.first()
		.evaluate((c) => c.getBoundingClientRect().width);
	const yearWidth = await page
		.locator('.mark.year rect:not(.hit)')
		.first()
		.evaluate((r) => r.getBoundingClientRect().width);
	expect(yearWidth).toBeGreaterThanOrEqual(dayWidth - 2);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('every mark and button is at least 44 px tall', async ({ page }) => {
		await page.goto('/timeline/');
		const hit = page.locator('.mark .hit').first();
		await expect.poll(async () => (await hit.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
		for (const name of ['放大', '缩小', '全部百年']) {
			expect((await page.getByRole('button', { name }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		expect((await page.locator('.twin .show').first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline and map say their controls need JavaScript, keep them disabled, and still list everything', async ({
		page
	}) => {
		await page.goto('/timeline/');
		// (Playwright's text search skips <noscript>, so the note is found by its place.)
		const note = page.locator('noscript .notice');
		await expect(note).toBeVisible();
		await expect(note).toContainText('缩放和筛选需要浏览器启用 JavaScript');
		await expect(page.getByRole('group', { name: '时间线控制' }).getByRole('button').first()).toBeDisabled();
		await expect(page.getByLabel('主题')).toBeDisabled();
		// The text version carries every event, so nothing is out of reach.
		expect(await page.locator('.twin li[data-event-id]').count()).toBeGreaterThan(100);

		await page.goto('/en/map/');
		await expect(note).toBeVisible();
		await expect(note).toContainText('The map and its filters need JavaScript');
		await expect(page.getByRole('group', { name: /./ }).locator('select').first()).toBeDisabled();
	});
});

test('controls start disabled in the prerendered page and work once it is interactive', async ({ page, request }) => {
	// Before hydration a changed select would be reset, so the HTML ships them disabled.
	const html = await (await request.get('/timeline/')).text();
	// Both rows, the zoom controls and the filters.
	expect(html.match(/<fieldset[^>]*class="control-bar[^>]*disabled/g)).toHaveLength(2);

	await page.goto('/timeline/');
	await expect(page.getByLabel('主题')).toBeEnabled();
	await page.getByLabel('主题').selectOption({ index: 1 });
	await expect(page).toHaveURL(/theme=/);
});

/** Labels whose boxes overlap each other or run past the chart's edges, and click areas that overlap, as "id: problem" lines. */
async function labelProblems(page: Page): Promise<string[]> {
	return page.locator('.stage').evaluate((stage) => {
		const box = stage.getBoundingClientRect();
		const labels = [...stage.querySelectorAll('.mark')].map((g) => ({
			id: g.getAttribute('data-event-id')!,
			rect: g.querySelector('text')!.getBoundingClientRect()
		}));
		const problems: string[] = [];
		for (const [i, a] of labels.entries()) {
			if (a.rect.left < box.left - 1 || a.rect.right > box.right + 1) problems.push(`${a.id}: past the edge`);
			for (const b of labels.slice(i + 1)) {
				const apart =
					a.rect.right <= b.rect.left + 1 ||
					b.rect.right <= a.rect.left + 1 ||
					a.rect.bottom <= b.rect.top + 1 ||
					b.rect.bottom <= a.rect.top + 1;
				if (!apart) problems.push(`${a.id}: overlaps ${b.id}`);
			}
		}
		// Years on the axis and the counts of clusters are never cut at an edge either.
		for (const text of stage.querySelectorAll('.tick-label, .cluster text')) {
			const rect = text.getBoundingClientRect();
			if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`"${text.textContent}": past the edge`);
		}
		// The click areas too: a tap on one label must never open its neighbour.
		const hits = [...stage.querySelectorAll('.mark')].map((g) => ({
			id: g.getAttribute('data-event-id')!,
			rect: g.querySelector('.hit')!.getBoundingClientRect()
		}));
		for (const [i, a] of hits.entries()) {
			for (const b of hits.slice(i + 1)) {
				const shared =
					Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left) > 0.5 &&
					Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top) > 0.5;
				if (shared) problems.push(`${a.id}: click area overlaps ${b.id}'s`);
			}
		}
		return problems;
	});
}

for (const [lang, path] of [
	['zh', '/timeline/'],
	['en', '/en/timeline/']
] as const) {
	test(`${lang}: labels neither overlap nor run off the chart, at the whole century and zoomed in`, async ({
		page
	}) => {
		for (const query of ['', '?from=1935&to=1950', '?from=2005&to=2021', '?from=1949&to=1950']) {
			await page.goto(path + query);
			await hydrated(page);
			await expect(page.locator('.stage .mark').first()).toBeAttached();
			expect(await labelProblems(page), query || 'whole century').toEqual([]);
		}
	});
}

test('at the whole century the events chapters and tours rely on most keep their labels in the crowded 1949–50', async ({
	page
}) => {
	// The 1950 Marriage Law is relied on by an era chapter and a tour; it used to vanish into a "+59" cluster.
	for (const path of ['/timeline/', '/en/timeline/']) {
		await page.goto(path);
		await expect(page.locator('.stage .mark[data-event-id="marriage-law-1950"] text')).toBeVisible();
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the chart is on the first screen, with the filters folded behind a button that says how many are on', async ({
		page
	}) => {
		await page.goto('/timeline/');
		await hydrated(page);
		expect((await stage(page).boundingBox())!.y + (await stage(page).boundingBox())!.height).toBeLessThanOrEqual(844);
		await expect(page.getByLabel('主题')).toBeHidden();
		await page.getByRole('button', { name: '筛选' }).click();
		await page.getByLabel('主题').selectOption('sport');
		await expect(page.getByRole('button', { name: '筛选 (1)' })).toHaveAttribute('aria-expanded', 'true');
		expect(await labelProblems(page)).toEqual([]);

		// A link that carries a filter opens with the filters shown, so the reader sees why the chart is thinner.
		await page.goto('/timeline/?theme=sport');
		await hydrated(page);
		await expect(page.getByLabel('主题')).toBeVisible();
		await expect(page.getByLabel('主题')).toHaveValue('sport');
	});

	test('at the whole century the hidden events are counted in several clusters, and a tap on one zooms into its years', async ({
		page
	}) => {
		await page.goto('/timeline/');
		await hydrated(page);
		const clusters = page.locator('.stage g.cluster');
		expect(await clusters.count()).toBeGreaterThanOrEqual(3);
		const boxes = await clusters.locator('rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()));
		for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right - 0.5);
		await clusters.nth(1).locator('rect').click();
		const [from, to] = await shownYears(page);
		expect(to - from).toBeLessThan(50);
	});

	test('labels that fit on neither side of their mark are shortened, not cut off', async ({ page }) => {
		// A cluster beginning before the left edge used to show its count half off the chart here.
		await page.goto('/en/timeline/?from=1945&to=1952');
		await hydrated(page);
		expect(await labelProblems(page)).toEqual([]);
		await page.goto('/en/timeline/?from=1935&to=1950');
		await hydrated(page);
		expect(await labelProblems(page)).toEqual([]);
		await expect(page.locator('.stage .mark text', { hasText: '…' }).first()).toBeAttached();
	});
});

test.describe('with one finger on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** A one-finger swipe from (x, y) by (dx, dy), in twelve steps, as the touch screen sends it. */
	async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let i = 1; i <= 12; i++) {
			const point = { x: x + (dx * i) / 12, y: y + (dy * i) / 12 };
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}

	test('a vertical swipe over the timeline scrolls the page; a sideways one moves the timeline', async ({ page }) => {
		await page.goto('/timeline/?from=1930&to=1950');
		await hydrated(page);
		const box = (await stage(page).boundingBox())!;
		const before = await page.evaluate(() => scrollY);
		await swipe(page, box.x + box.width / 2, box.y + box.height - 20, 0, -250);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		expect(await shownYears(page)).toEqual([1930, 1950]);

		const moved = (await stage(page).boundingBox())!;
		await swipe(page, moved.x + moved.width - 40, moved.y + moved.height / 2, -250, 0);
		await expect.poll(async () => (await shownYears(page))[0]).toBeGreaterThan(1930);
	});
});
