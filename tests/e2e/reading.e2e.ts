// What a student notices: the language switch keeps the page, disputes are visible with their sources,
// the text reads without JavaScript, and the open data matches the pages.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrated } from './app';

test('the language switch keeps the reader on the same page', async ({ page }) => {
	await page.goto('/figures/zhao-yiman/');
	await expect(page.locator('h1')).toHaveText('赵一曼');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/figures\/zhao-yiman\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Zhao Yiman');
	await page.getByRole('link', { name: '中文', exact: true }).click();
	await expect(page).toHaveURL(/\/figures\/zhao-yiman\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('pages announce their other-language version with hreflang', async ({ page }) => {
	await page.goto('/en/timeline/');
	await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', '/timeline/');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', '/en/timeline/');
});

test('a source title in traditional characters is marked zh-Hant, so it is read and drawn as such', async ({
	page
}) => {
	await page.goto('/en/figures/zhao-yiman/');
	const title = page.locator('cite', { hasText: '日文檔案曝光烈士趙一曼被審訊細節' }).first();
	await expect(title).toHaveAttribute('lang', 'zh-Hant');
	await expect(page.locator('cite', { hasText: '赵一曼与妇女解放' }).first()).toHaveAttribute('lang', 'zh-Hans');
});

test('Chinese words in English biographies and summaries carry their own lang', async ({ page }) => {
	await page.goto('/en/figures/zhang-luping/');
	const biography = page.locator('section:has(#biography)');
	await expect(biography.locator('span[lang="zh-Hans"]', { hasText: '王锡珍' }).first()).toBeAttached();
	await expect(biography).toContainText('Wang Xizhen (王锡珍');
	await page.goto('/en/events/zhang-luping-killed-xifeng-1945/');
	await expect(page.locator('p.summary span[lang="zh-Hans"]', { hasText: '王锡珍' })).toHaveCount(1);
	// Chinese pages are Chinese throughout: no extra tags.
	await page.goto('/figures/zhang-luping/');
	await expect(page.locator('section:has(#biography) span[lang]')).toHaveCount(0);
});

test('Chinese words in the English notes on sources carry their own lang', async ({ page }) => {
	await page.goto('/en/figures/li-jieshuang/');
	const note = page.locator('ol.sources .note', { hasText: 'Huayan agricultural school' }).first();
	await expect(note.locator('span[lang="zh-Hans"]', { hasText: '华岩高农校' })).toHaveCount(1);
	await expect(note).toContainText('at the Huayan agricultural school (华岩高农校) in Chongqing');
});

test('a disputed birth date shows every variant, its sources and the one used', async ({ page }) => {
	await page.goto('/en/figures/zhao-yiman/');
	await hydrated(page);
	const dispute = page.getByRole('complementary', { name: 'Born: Sources differ' });
	await expect(dispute).toBeVisible();
	// On a profile the box is folded to its headline, which already names the date used and how many there are.
	const headline = dispute.locator('summary');
	await expect(headline).toContainText('Sources differ');
	await expect(headline.locator('time[datetime="1905-10-25"]')).toBeVisible();
	await expect(headline).toContainText('3 versions');
	await headline.click();
	await expect(dispute.getByText('used here', { exact: true })).toHaveCount(1);
	await expect(dispute.locator('li time[datetime="1905-10-25"]')).toBeVisible();
	expect(await dispute.locator('li li a').count()).toBeGreaterThan(2);
	await expect(dispute.getByText('Why:')).toBeVisible();

	// On paper the box is open, folded or not.
	await page.reload();
	await hydrated(page);
	await expect(dispute.locator('details')).not.toHaveAttribute('open');
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(dispute.locator('details')).toHaveAttribute('open');
});

test('dates show only the precision they have', async ({ page }) => {
	await page.goto('/timeline/');
	for (const time of await page.locator('time[data-precision="year"]').all()) {
		await expect(time).toHaveText(/^(约)?\d{4}年(以前|以后)?$/);
	}
	for (const time of await page.locator('time[data-precision="month"]').all()) {
		await expect(time).toHaveText(/^(约)?\d{4}年\d{1,2}月(以前|以后)?$/);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the timeline and a profile are fully readable', async ({ page }) => {
		await page.goto('/timeline/');
		expect(await page.locator('main ol li').count()).toBeGreaterThanOrEqual(10);
		await page.goto('/en/figures/jiang-zhujun/');
		await expect(page.locator('h1')).toHaveText('Jiang Zhujun');
		expect(await page.locator('.prose p').count()).toBeGreaterThanOrEqual(3);
	});
});

test('the open data has the same events as the event pages', async ({ page, request }) => {
	const events = (await (await request.get('/data/events.json')).json()).events as {
		id: string;
		date: { value: string; precision: string };
	}[];
	expect(events.length).toBeGreaterThanOrEqual(10);
	for (const event of events) expect(['year', 'month', 'day']).toContain(event.date.precision);
	await page.goto(`/events/${events[0].id}/`);
	await expect(page.locator('h1')).toBeVisible();
	const figures = (await (await request.get('/data/figures.json')).json()).figures as { id: string }[];
	expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['zhao-yiman', 'jiang-zhujun']));
});

test('the about page offers every open-data file, and the CSV, GeoJSON and TimelineJS files hold the same records as the JSON', async ({
	page,
	request
}) => {
	await page.goto('/about/');
	const links = page.getByRole('region', { name: '开放数据' }).getByRole('link');
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs).toEqual(
		expect.arrayContaining([
			'/data/events.csv',
			'/data/places.geojson',
			'/data/timelinejs/zh.json',
			'/data/timelinejs/en.json',
			'/data/datapackage.json'
		])
	);
	for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);

	const { events } = (await (await request.get('/data/events.json')).json()) as { events: { id: string }[] };
	const csv = await (await request.get('/data/events.csv')).text();
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
	expect(lines[0].startsWith('id,date,year,precision')).toBe(true);
	// Every record's row starts with its id (no summary begins a line: line breaks inside fields would be quoted).
	expect(lines.filter((l) => /^[a-z0-9-]+,\d{4}/.test(l)).map((l) => l.split(',')[0])).toEqual(events.map((e) => e.id));

	const { places } = (await (await request.get('/data/places.json')).json()) as { places: { id: string }[] };
	const geo = await (await request.get('/data/places.geojson')).json();
	expect(geo.type).toBe('FeatureCollection');
	expect(geo.features.map((f: { id: string }) => f.id)).toEqual(places.map((p) => p.id));

	// The TimelineJS file has the same events, ready for Knight Lab's tool.
	const timeline = await (await request.get('/data/timelinejs/zh.json')).json();
	expect(timeline.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(events.map((e) => e.id));
});

test('the glossary explains each term with its reading and sources, and an event links to its terms', async ({
	page
}) => {
	const { terms } = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as {
		terms: { id: string; term: { zh: string; pinyin: string; en: string }; events: string[] }[];
	};
	expect(terms.length).toBeGreaterThanOrEqual(10);
	await page.goto('/glossary/');
	const entries = page.locator('.terms > .term');
	await expect(entries).toHaveCount(terms.length);
	for (const term of terms) {
		const entry = page.locator(`[id="${term.id}"]`);
		await expect(entry.locator('[lang="zh-Latn-pinyin"]')).toHaveText(term.term.pinyin);
		await expect(entry.locator('details summary')).toContainText('来源');
	}

	// From an event, its term is one link away, and the page lands on it.
	const term = terms.find((t) => t.events.length)!;
	await page.goto(`/events/${term.events[0]}/`);
	await page.getByRole('link', { name: term.term.zh, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
	await expect(page.locator(`[id="${term.id}"]`)).toBeInViewport();

	await page.goto('/en/glossary/');
	await expect(page.locator(`[id="${term.id}"]`)).toContainText(term.term.en);

	// The era of that event lists the term among its terms.
	const { events } = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; era: string }[] };
	const era = events.find((e) => e.id === term.events[0])!.era;
	await page.goto(`/eras/${era}/`);
	await expect(
		page.getByRole('region', { name: '这一时期的术语' }).getByRole('link', { name: term.term.zh, exact: true })
	).toHaveAttribute('href', `/glossary/#${term.id}`);
});

test('an address without a page answers 404 with a page in both languages that leads back in', async ({ page }) => {
	const response = await page.goto('/eras/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page).toHaveTitle(/页面未找到/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
	await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
	const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	expect((await new AxeBuilder({ page }).withTags(rules).analyze()).violations).toEqual([]);
	await page.locator('section[lang="en"]').getByRole('link', { name: 'Timeline' }).click();
	await expect(page).toHaveURL(/\/en\/timeline\/$/);
});

test('the header is read and tabbed in the order it is seen, on a phone, a tablet and a laptop', async ({ page }) => {
	for (const width of [375, 800, 1366]) {
		await page.setViewportSize({ width, height: 700 });
		await page.goto('/en/timeline/');
		await hydrated(page);
		// Tab from the title through the header, noting where each focused item stands.
		await page.locator('.site-title').focus();
		const seen: { text: string; row: number; x: number }[] = [];
		for (let i = 0; i < 12; i++) {
			const box = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				if (!el.closest('.site-header')) return null;
				const r = el.getBoundingClientRect();
				// Within the scrolling menu, where the item stands in the row (not where it has been scrolled to).
				const scrolled = el.closest('ul')?.scrollLeft ?? 0;
				return { text: el.textContent!.trim(), y: r.top + r.height / 2, x: r.left + scrolled };
			});
			if (!box) break;
			seen.push({ text: box.text, row: Math.round(box.y / 30), x: box.x });
			await page.keyboard.press('Tab');
		}
		// Title, eight menu links and the language link, each once.
		expect(
			seen.map((s) => s.text),
			`${width}`
		).toHaveLength(10);
		expect(seen.map((s) => s.text)).toContain('中文');
		// Tab order is reading order: row by row, left to right (a phone's menu row scrolls; its items still run on).
		const onScreen = [...seen].sort((a, b) => a.row - b.row || a.x - b.x);
		expect(
			seen.map((s) => s.text),
			`${width}`
		).toEqual(onScreen.map((s) => s.text));
	}
});

test('on a phone the menu’s cut-off end fades, saying there is more, until it is scrolled to the end', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 700 });
	await page.goto('/');
	await hydrated(page);
	const menu = page.locator('.site-header nav ul');
	await expect(menu).toHaveAttribute('data-more-after', '');
	await expect(menu).not.toHaveAttribute('data-more-before', '');
	expect(await menu.evaluate((ul) => getComputedStyle(ul).maskImage)).toContain('linear-gradient');
	// Each link reached by Tab is scrolled clear of the fade, not left under it or off the edge. (On a phone the
	// language link stands beside the title, before the menu.)
	await page.locator('.site-header .language:visible').focus();
	for (const link of await menu.locator('a').all()) {
		await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		const clear = await link.evaluate((a) => {
			const ul = a.closest('ul')!;
			const [item, box] = [a.getBoundingClientRect(), ul.getBoundingClientRect()];
			const fade = 48;
			const atStart = ul.scrollLeft < 1;
			const atEnd = ul.scrollLeft > ul.scrollWidth - ul.clientWidth - 1;
			return (atStart || item.left >= box.left + fade - 1) && (atEnd || item.right <= box.right - fade + 1);
		});
		expect(clear, (await link.textContent())!).toBe(true);
	}
	await menu.evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth }));
	await expect(menu).toHaveAttribute('data-more-before', '');
	await expect(menu).not.toHaveAttribute('data-more-after', '');
	// On a laptop the whole menu shows, and nothing fades.
	await page.setViewportSize({ width: 1366, height: 700 });
	await expect(menu).not.toHaveAttribute('data-more-after', '');
	expect(await menu.evaluate((ul) => getComputedStyle(ul).maskImage)).toBe('none');
});
