// The gallery of figures: find by characters, toneless pinyin, English or alias; filter by period, field and
// birthplace; sort by birth or name.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './app';

const shown = (page: Page) => page.locator('.cards li[data-figure-id]');
const ids = (page: Page) => shown(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-figure-id')));

test('finds a figure by characters, pinyin with or without tones and spaces, English name and alias', async ({
	page
}) => {
	await page.goto('/figures/');
	await hydrated(page);
	const find = page.getByRole('searchbox', { name: '按姓名查找' });
	for (const [query, id] of [
		['赵一曼', 'zhao-yiman'],
		['zhao yiman', 'zhao-yiman'],
		['zhaoyiman', 'zhao-yiman'],
		['Zhào Yīmàn', 'zhao-yiman'],
		['江姐', 'jiang-zhujun'],
		['Jiang Zhuyun', 'jiang-zhujun'],
		['李坤泰', 'zhao-yiman']
	]) {
		await find.fill(query);
		await expect.poll(() => ids(page)).toEqual([id]);
	}
	await find.fill('');
	expect((await ids(page)).length).toBeGreaterThanOrEqual(24);
});

test('filters by period, field and birthplace, and sorts by name', async ({ page }) => {
	await page.goto('/en/figures/');
	await hydrated(page);
	const all = (await ids(page)).length;
	await page.getByLabel('Field').selectOption('sport');
	await expect.poll(async () => (await ids(page)).length).toBeLessThan(all);
	expect(await ids(page)).toEqual(expect.arrayContaining(['zhang-shan', 'gao-min']));
	await page.getByLabel('Field').selectOption('');
	await page.getByLabel('Period').selectOption('new-era');
	await expect.poll(async () => (await ids(page)).includes('zhao-yiman')).toBe(false);
	await page.getByLabel('Period').selectOption('');
	await page.getByLabel('Born in').selectOption('chongqing');
	await expect.poll(async () => (await ids(page)).length).toBeLessThan(all);
	await page.getByLabel('Born in').selectOption('');
	await page.getByLabel('Sort').selectOption('name');
	const names = await shown(page).locator('.names').allTextContents();
	const pinyin = names.map((n) =>
		n
			.split('·')[1]
			.trim()
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
	);
	expect(pinyin).toEqual([...pinyin].sort((a, b) => a.localeCompare(b, 'en')));
});

test('profiles and event pages carry schema.org JSON-LD with ISO dates at their own precision', async ({ page }) => {
	// Each page has several JSON-LD blocks (the record and the WebPage with its dateModified): every one parses.
	const read = async (type: string) => {
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		return blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === type);
	};
	await page.goto('/en/figures/zhao-yiman/');
	const person = await read('Person');
	expect(person['@type']).toBe('Person');
	expect(person.name).toBe('Zhao Yiman');
	expect(person.birthDate).toBe('1905-10-25');
	expect(person.alternateName).toContain('李坤泰');
	await page.goto('/events/chengdu-liberation-1949/');
	const event = await read('Event');
	expect(event['@type']).toBe('Event');
	expect(event.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
});

test('a name that is often misread carries pinyin above it: 江竹筠 is Jiāng Zhújūn', async ({ page }) => {
	await page.goto('/figures/jiang-zhujun/');
	await expect(page.locator('h1 rt')).toHaveText(['jiāng', 'zhú', 'jūn']);
	await expect(page.locator('h1 ruby')).toContainText('江');
	// Other names readers stumble over: 畦 qí, 乐 yuè as a surname, 曾 zēng as a surname.
	for (const [id, syllables] of [
		['hu-lanqi', ['hú', 'lán', 'qí']],
		['yue-yicheng', ['yuè', 'yǐ', 'chéng']],
		['zeng-zixia', ['zēng', 'zǐ', 'xiá']]
	] as const) {
		await page.goto(`/figures/${id}/`);
		await expect(page.locator('h1 rt')).toHaveText([...syllables]);
	}
});

test('任茜 reads Rén Xī in Chinese, as she prefers, and goes by her established English name Ren Qian', async ({
	page
}) => {
	await page.goto('/figures/ren-xi/');
	await expect(page.locator('h1 rt')).toHaveText(['rén', 'xī']);
	await page.goto('/en/figures/ren-xi/');
	await expect(page.locator('h1')).toContainText('Ren Qian');
	await expect(page.getByText('Rén Qiàn').first()).toBeVisible();
});

test('one step from an event or a figure reaches the same item on the timeline and the map', async ({ page }) => {
	await page.goto('/events/zhao-yiman-executed/');
	await page.getByRole('link', { name: '在时间线上查看' }).click();
	await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('赵一曼在珠河县英勇就义');
	await expect(page.locator('figure.timeline figcaption span').first()).toContainText('1934年至1938年');

	await page.goto('/events/zhao-yiman-executed/');
	await page
		.getByRole('link', { name: /^地图：/ })
		.first()
		.click();
	await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(/尚志|哈尔滨/);
	await expect(page).toHaveURL(/year=1936/);

	await page.goto('/figures/jiang-zhujun/');
	await page.getByRole('link', { name: '在地图上查看她的行迹' }).click();
	await expect(page.locator('ol.journey li').first()).toContainText('出生');
	await page.goto('/figures/jiang-zhujun/');
	await page.getByRole('link', { name: '在时间线上查看她的一生' }).click();
	await expect(page.locator('.life[data-figure-id="jiang-zhujun"]')).toHaveCount(1);
	await expect.poll(async () => page.locator('.twin li[data-event-id]').count()).toBeGreaterThanOrEqual(3);
});

test('a profile leads to related people and to the previous and next figure by birth', async ({ page }) => {
	await page.goto('/figures/jiang-zhujun/');
	const related = page.getByRole('region', { name: '相关人物' }).or(page.locator('section[aria-labelledby="related"]'));
	await expect(related.getByRole('link', { name: '李青林' })).toBeVisible();
	const next = page.locator('a[rel="next"]');
	await expect(next).toHaveAttribute('href', /^\/figures\/[a-z-]+\/$/);
	await next.click();
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/figures/jiang-zhujun/');
});

test('compare puts two lives side by side by year and by age, and keeps the pair in the URL', async ({ page }) => {
	await page.goto('/figures/compare/?a=zhao-yiman&b=jiang-zhujun');
	await hydrated(page);
	await expect(page.locator('.life[data-figure-id="zhao-yiman"]')).toHaveCount(1);
	await expect(page.locator('.life[data-figure-id="jiang-zhujun"]')).toHaveCount(1);
	const rows = page.locator('#by-age ~ table tbody tr, section:has(#by-age) tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(4);
	await expect(page.locator('tbody')).toContainText('江竹筠在万县被捕');
	await expect(page.locator('tbody')).toContainText('赵一曼在珠河县英勇就义');
	await page.getByLabel('第二位').selectOption('ding-youjun');
	await expect(page).toHaveURL(/\?a=zhao-yiman&b=ding-youjun$/);
	await expect(page.locator('thead')).toContainText('丁佑君');
});

test('a profile’s life timeline shows her events over her lifetime, and only hers, with her life line', async ({
	page,
	request
}) => {
	await page.goto('/figures/zhao-yiman/');
	await hydrated(page);
	const section = page.locator('section:has(#events)');
	// Below the biography, the picture is drawn only when the reader comes near it; the list is there from the start.
	await expect(section.locator('figure.timeline')).toHaveCount(0);
	await expect(section.locator('.when-near')).toContainText('正在载入');
	await section.scrollIntoViewIfNeeded();
	const listed = await section
		.locator('ol.events a[href^="/events/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/')[2]));
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: { id: string; figures: string[]; date: { year: number } }[];
	};
	const hers = events.filter((e) => e.figures.includes('zhao-yiman'));
	// The list under it has every event of hers, later commemorations too.
	expect([...listed].sort()).toEqual(hers.map((e) => e.id).sort());
	const timeline = section.locator('figure.timeline');
	await expect(timeline.locator('.life')).toHaveCount(1);
	await expect(timeline.locator('.life[data-figure-id="zhao-yiman"]')).toHaveCount(1);
	const drawn = await timeline.evaluate((figure) => [
		...[...figure.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id')!),
		...[...figure.querySelectorAll('[data-ids]')].flatMap((g) => g.getAttribute('data-ids')!.split(' '))
	]);
	// The picture opens on her life (born 1905, died 1936, two years either side): every event of hers in it.
	const inLife = hers.filter((e) => e.date.year >= 1903 && e.date.year <= 1938).map((e) => e.id);
	expect(inLife.length).toBeGreaterThanOrEqual(5);
	expect([...new Set(drawn)].sort()).toEqual(inLife.sort());
	// On her own page the labels leave out her name, which the heading gives, to make room for what she did; the
	// list keeps the whole title, and so does the label's tooltip.
	const joins = timeline.locator('[data-event-id="zhao-yiman-joins-cpc"]');
	await expect(joins.locator('text').first()).toHaveText(/^在宜宾/);
	await expect(joins.locator('title')).toHaveText('赵一曼在宜宾加入中国共产党');
	await expect(section.locator('ol.events a[href="/events/zhao-yiman-joins-cpc/"]')).toHaveText(
		'赵一曼在宜宾加入中国共产党'
	);
});

test('a keyboard reader tabs through a profile’s life timeline before the list of her events', async ({ page }) => {
	// The page has settled: its timeline's code (with its stylesheet) is fetched once it is idle; a Tab before that
	// finds it not yet there.
	const timelineCode = page.waitForResponse(/\/Timeline\.[\w-]+\.css$/);
	await page.goto('/figures/zhao-yiman/');
	await hydrated(page);
	await timelineCode;
	// From the last of the links to other views, above the biography (which has no links)…
	await page.getByRole('link', { name: '与另一位人物对照' }).focus();
	await page.keyboard.press('Tab');
	// …Tab goes into the timeline's controls (drawn at the first Tab), not past it to the list below.
	const section = page.locator('section:has(#events)');
	await expect(section.locator('figure.timeline')).toHaveCount(1);
	const focused = page.locator(':focus');
	await expect(focused).toHaveCount(1);
	expect(await focused.evaluate((el) => Boolean(el.closest('figure.timeline')))).toBe(true);
});

test('a profile whose life timeline cannot be fetched says so and keeps the list of her events', async ({ page }) => {
	// The connection drops once the page has loaded, before the browser was idle long enough to fetch the timeline's
	// code (which it does apart from the page's): nothing more comes.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await page.goto('/figures/zhao-yiman/');
	await hydrated(page);
	await page.route('**/_app/immutable/**', (route) => route.abort());
	const section = page.locator('section:has(#events)');
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('.notice')).toHaveText('她一生的时间线未能载入；下面的列表列出了同样的事件。');
	await expect(section.locator('figure.timeline')).toHaveCount(0);
	expect(await section.locator('ol.events li').count()).toBeGreaterThanOrEqual(5);
});

test('a profile’s journey map draws her path and numbered stops in the order of her stop list', async ({ page }) => {
	const boundaryData: string[] = [];
	page.on('request', (request) => {
		if (/\.topojson$/.test(request.url())) boundaryData.push(request.url());
	});
	await page.goto('/figures/jiang-zhujun/');
	await hydrated(page);
	const section = page.locator('section:has(#journey)');
	const map = section.locator('.map');
	// Below the biography, the map (and its boundary data) waits until the reader scrolls near it.
	await expect(map.locator('path.journey-line')).toHaveCount(0);
	expect(boundaryData).toEqual([]);
	await section.scrollIntoViewIfNeeded();
	await expect(map.locator('path.journey-line')).toHaveCount(1);
	await expect(map.locator('path.journey-line')).toHaveAttribute('stroke-dasharray', '8 6');
	const stops = section.locator('ol.journey > li');
	const count = await stops.count();
	expect(count).toBeGreaterThanOrEqual(5);
	await expect(map.locator('.journey-stop')).toHaveText(Array.from({ length: count }, (_, i) => String(i + 1)));
	await expect(stops.first()).toContainText('出生');
	await expect(stops.first()).toContainText('江家湾');
	await expect(stops.last()).toContainText('逝世');
	await expect(stops.filter({ hasText: '万县' })).not.toHaveCount(0);
	// The path runs through the stops in list order: its vertices are where the numbered stops stand.
	const vertices = await map.locator('path.journey-line').evaluate((path: SVGPathElement) => {
		const points = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
		return Array.from({ length: points.length / 2 }, (_, i) => [points[2 * i], points[2 * i + 1]]);
	});
	expect(vertices).toHaveLength(count);
	const centres = await map.locator('.journey-stop').evaluateAll((els) =>
		els.map((el) => {
			const match = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec((el as HTMLElement).style.transform)!;
			return [Number(match[1]), Number(match[2])];
		})
	);
	// Both in Leaflet's layer pixels (the SVG's viewBox is the layer's; markers are translated in it).
	vertices.forEach(([x, y], i) => {
		expect(Math.abs(x - centres[i][0])).toBeLessThanOrEqual(1);
		expect(Math.abs(y - centres[i][1])).toBeLessThanOrEqual(1);
	});
});

test('other names give their pinyin in brackets as each language writes them', async ({ page }) => {
	await page.goto('/figures/zhao-yiman/');
	await expect(page.locator('header p', { hasText: '李坤泰' })).toContainText('李坤泰（Lǐ Kūntài）');
	await page.goto('/en/figures/zhao-yiman/');
	await expect(page.locator('header p', { hasText: '李坤泰' })).toContainText('李坤泰 (Lǐ Kūntài)');
});

test('going on to the next profile draws her timeline and her journey, not the last woman’s', async ({ page }) => {
	await page.goto('/figures/zhao-yiman/');
	await hydrated(page);
	await page.locator('section:has(#events)').scrollIntoViewIfNeeded();
	await expect(page.locator('.life[data-figure-id="zhao-yiman"]')).toHaveCount(1);
	await page.locator('a[rel="next"]').click();
	await expect(page).not.toHaveURL(/zhao-yiman/);
	const id = new URL(page.url()).pathname.split('/')[2];
	await page.locator('section:has(#events)').scrollIntoViewIfNeeded();
	await expect(page.locator(`.life[data-figure-id="${id}"]`)).toHaveCount(1);
	await expect(page.locator('.life[data-figure-id="zhao-yiman"]')).toHaveCount(0);
	const journey = page.locator('section:has(#journey)');
	if (await journey.count()) {
		await journey.scrollIntoViewIfNeeded();
		await expect(journey.locator('ol.journey')).toHaveAttribute('data-figure-id', id);
		expect(await journey.locator('ol.journey > li').count()).toBeGreaterThan(0);
	}
});
