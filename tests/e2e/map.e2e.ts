// The map as a reader uses it: offline base layer, markers with counts, the place panel by mouse and keyboard,
// the year filter and the administrative note, a life's journey, places beyond the map, the URL, and the list twin.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './app';

const markers = (page: Page) => page.locator('.leaflet-marker-icon.place-marker');

/** Place ids behind the markers (a cluster's key lists its places). */
async function markerPlaceIds(page: Page): Promise<string[]> {
	return markers(page).evaluateAll((els) =>
		els.flatMap((el) => {
			const key = (el as HTMLElement).dataset.key ?? '';
			return key.startsWith('cluster:') ? key.slice(8).split(',') : [key];
		})
	);
}

async function listPlaceIds(page: Page, region?: string): Promise<string[]> {
	return page
		.locator('.twin li[data-place-id]')
		.evaluateAll(
			(items, regionName) =>
				items
					.filter((li) => !regionName || li.closest('ul')?.previousElementSibling?.textContent === regionName)
					.map((li) => li.getAttribute('data-place-id')!),
			region
		);
}

test('the base map draws from bundled data with nothing from any other origin, even offline', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
	await page.goto('/map/');
	// The boundaries are drawn on a canvas: count the pixels it painted.
	const canvas = page.locator('.leaflet-overlay-pane canvas');
	await expect(canvas).toBeAttached();
	await expect
		.poll(() =>
			canvas.evaluate((c: HTMLCanvasElement) => {
				const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
				return painted;
			})
		)
		.toBeGreaterThan(10_000);
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
	await expect(markers(page).first()).toBeVisible();
});

test('markers show event counts, and the list twin has the same places inside Sichuan and Chongqing', async ({
	page
}) => {
	await page.goto('/map/');
	await expect(markers(page).first()).toBeVisible();
	const onMap = (await markerPlaceIds(page)).sort();
	const listed = [...(await listPlaceIds(page, '四川省')), ...(await listPlaceIds(page, '重庆市'))].sort();
	expect(onMap).toEqual(listed);
	const total = await markers(page).evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.textContent), 0));
	const listedTotal = await page
		.locator('.twin li[data-place-id]')
		.evaluateAll((items) =>
			items
				.filter((li) => ['四川省', '重庆市'].includes(li.closest('ul')?.previousElementSibling?.textContent ?? ''))
				.reduce((sum, li) => sum + Number(li.getAttribute('data-count')), 0)
		);
	expect(total).toBe(listedTotal);
	for (const name of await markers(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))) {
		expect(name).toMatch(/个事件/);
	}
});

test('the home page promises the map as many places as the map then shows over the whole century', async ({ page }) => {
	for (const home of ['/', '/kiosk/home/?mode=web']) {
		await page.goto(home);
		const promised = await page.locator('a[href="/map/"] .meta').first().textContent();
		await page.goto('/map/');
		await hydrated(page);
		const shown = await page.locator('.status').first().textContent();
		const count = Number(/\d+/.exec(promised ?? '')?.[0]);
		expect(count, home).toBeGreaterThan(40);
		expect(shown, home).toContain(`显示${count}处地点`);
	}
});

test('keyboard: Tab reaches a marker, Enter opens its panel, Escape closes it and returns focus', async ({ page }) => {
	await page.goto('/map/?year=1949');
	const marker = page.locator('.leaflet-marker-icon.place-marker:not(.cluster)').first();
	await expect(marker).toBeVisible();
	await marker.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	expect(await panel.locator('li a[href^="/events/"]').count()).toBeGreaterThan(0);
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(marker).toBeFocused();
});

test('choosing a year filters the places and states the administration of that year', async ({ page }) => {
	await page.goto('/map/');
	await hydrated(page);
	// Until a single year is chosen, the slider says so (its thumb rests at one end, which is not a choice).
	const slider = page.getByRole('slider');
	await expect(slider).toHaveAttribute('aria-valuetext', '未选');
	const all = (await listPlaceIds(page)).length;
	await page.getByLabel('起始年份').selectOption('1940');
	await page.getByLabel('结束年份').selectOption('1940');
	await expect.poll(async () => (await listPlaceIds(page)).length).toBeLessThan(all);
	await expect(page.locator('.admin')).toContainText('西康省');
	await expect(page.locator('.admin')).toContainText('院辖市');
	await expect(page.locator('.xikang-label')).toBeVisible();
	await expect(page).toHaveURL(/from=1940&to=1940/);
	await page.getByLabel('起始年份').selectOption('2000');
	await page.getByLabel('结束年份').selectOption('2010');
	await expect(page.locator('.admin')).toContainText('直辖市');
	await expect(page.locator('.xikang-label')).toHaveCount(0);
	await slider.fill('1930');
	await expect(page.getByText('只看一年：1930')).toBeVisible();
	await expect(slider).not.toHaveAttribute('aria-valuetext', /./);
});

test('a link with year and place opens that place in that year, with its name then and now', async ({ page }) => {
	await page.goto('/map/?year=1924&place=yibin-baihua');
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('宜宾县白花场（今宜宾市翠屏区白花镇）');
	await expect(page.getByText('只看一年：1924')).toBeVisible();
});

test('a figure’s journey is drawn in order, with places beyond the map given direction and distance', async ({
	page
}) => {
	await page.goto('/map/?figure=zhao-yiman');
	const stops = page.locator('ol.journey li');
	// Count the stops only once the list is there: counting earlier could compare two empty lists.
	await expect(stops.first()).toBeVisible();
	const count = await stops.count();
	expect(count).toBeGreaterThan(2);
	// One numbered stop on the map per stop in the list, in the same order.
	await expect(page.locator('.journey-stop')).toHaveText(Array.from({ length: count }, (_, i) => String(i + 1)));
	await expect(stops.first()).toContainText('出生');
	await expect(stops.last()).toContainText('逝世');
	const outside = page.locator('.outside li[data-place-id="harbin"]');
	await expect(outside).toContainText('东北');
	await expect(outside).toContainText(/约2[56]\d0公里/);
	await expect(page.locator('.outside li[data-place-id="moscow"]')).toContainText('西北');
});

test('bad parameters fall back to the default map without an error, and the view is written to the URL', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/map/?year=abc&place=nowhere&z=99&lat=x&lng=y&figure=nobody');
	await expect(page.getByText('1921年至2021年')).toBeVisible();
	expect(errors).toEqual([]);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/z=\d+(\.5)?&lat=/);
	const url = page.url();
	await page.goto(url);
	await expect(page).toHaveURL(url);
});

test('a link with z, lat and lng opens that view: Chengdu close up, in the middle of the map', async ({ page }) => {
	await page.goto('/map/?z=10&lat=30.6600&lng=104.0600&year=1949');
	const chengdu = page.locator('.place-marker[data-key="chengdu"]');
	await expect(chengdu).toBeVisible();
	const [map, marker] = [await page.locator('.map').boundingBox(), await chengdu.boundingBox()];
	expect(Math.abs(marker!.x + marker!.width / 2 - (map!.x + map!.width / 2))).toBeLessThan(30);
	expect(Math.abs(marker!.y + marker!.height / 2 - (map!.y + map!.height / 2))).toBeLessThan(30);
	await expect(page.locator('.prefecture-label', { hasText: '成都市' })).toBeVisible();
});

test('place names on the base map never sit under a marker or on each other, and a city keeps its name beside its marker', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	for (const path of ['/map/', '/map/?z=8&lat=30.2&lng=104.5', '/en/map/?z=7&lat=30.2&lng=104.5']) {
		await page.goto(path);
		await expect(page.locator('.place-marker').first()).toBeVisible();
		const { shown, overlaps } = await page.evaluate(() => {
			const boxes = (selector: string) =>
				[...document.querySelectorAll<HTMLElement>(selector)]
					.filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.offsetParent !== null)
					.map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }));
			const hit = (a: DOMRect, b: DOMRect) =>
				a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
			const labels = boxes('.prefecture-label span');
			const markers = boxes('.place-marker');
			const overlaps = [
				...labels.flatMap((l) => markers.filter((m) => hit(l.box, m.box)).map((m) => `${l.text} under ${m.text}`)),
				...labels.flatMap((l, i) =>
					labels
						.slice(i + 1)
						.filter((o) => hit(l.box, o.box))
						.map((o) => `${l.text} on ${o.text}`)
				)
			];
			return { shown: labels.length, overlaps };
		});
		expect(shown, path).toBeGreaterThan(5);
		expect(overlaps, path).toEqual([]);
	}
	await page.goto('/map/?z=8&lat=30.2&lng=104.5');
	await expect(page.locator('.prefecture-label', { hasText: '成都市' })).toBeVisible();
});

test('the map itself starts on the first screen of the page, the phone and the 480 px embed (notes come below it)', async ({
	page
}) => {
	// On a school laptop at least half of the first screen is map, not headings and controls.
	for (const [path, width, height, below] of [
		['/map/', 1366, 768, 768 / 2],
		['/en/map/', 1366, 768, 768 / 2],
		['/map/', 390, 844, 844 - 100],
		['/embed/map/', 600, 480, 480 - 100]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto(path);
		const top = await page.locator('.map').evaluate((map) => map.getBoundingClientRect().top);
		expect(top, `${path} at ${width}×${height}`).toBeLessThan(below);
	}
});

test('the wheel scrolls the page over the map, and zooms the map with Ctrl held', async ({ page }) => {
	await page.goto('/map/');
	await hydrated(page);
	await expect(markers(page).first()).toBeVisible();
	const centre = async () => {
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
	};
	await centre();
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await expect(page.locator('.map-hint')).toHaveText('按住 Ctrl（Mac 上按 ⌘）再滚动滚轮，可以缩放地图');
	expect(page.url()).not.toContain('z=');

	await page.evaluate(() => scrollTo(0, 0));
	await centre();
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect(page).toHaveURL(/z=\d+(\.5)?&lat=/);
});

test('a link to a place shows it close up, and a tap on a marker shows its panel with the map still in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/map/?place=yibin&year=1926');
	const map = (await page.locator('.map').boundingBox())!;
	const marker = page.locator('.leaflet-marker-icon.selected');
	await expect(marker).toHaveCount(1);
	const box = (await marker.boundingBox())!;
	expect(box.x).toBeGreaterThan(map.x);
	expect(box.x + box.width).toBeLessThan(map.x + map.width);

	await page.goto('/map/');
	await hydrated(page);
	await markers(page).locator('xpath=self::*[not(starts-with(@data-key, "cluster:"))]').first().click();
	const panel = page.locator('.detail-panel');
	await expect(panel.locator('h2')).toBeFocused();
	await expect(panel.locator('h2')).toBeInViewport();
	// The page scrolled only as far as the panel needed: part of the map is still on screen.
	expect((await page.locator('.map').boundingBox())!.y + map.height).toBeGreaterThan(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the controls fold behind a button, so the map starts in the top half; a link with a journey opens them', async ({
		page
	}) => {
		await page.goto('/map/');
		await hydrated(page);
		expect((await page.locator('.map').boundingBox())!.y).toBeLessThan(844 / 2);
		const toggle = page.getByRole('button', { name: '年份与行迹' });
		await expect(page.getByLabel('人物行迹')).toBeHidden();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByLabel('人物行迹')).toBeVisible();

		await page.goto('/map/?figure=zhao-yiman');
		await hydrated(page);
		await expect(page.getByLabel('人物行迹')).toBeVisible();
	});

	test('the menu is one row that scrolls sideways, with the current page in view (搜索 is last)', async ({ page }) => {
		for (const path of ['/map/', '/search/', '/en/search/']) {
			await page.goto(path);
			await hydrated(page);
			const menu = page.getByRole('navigation').first().locator('ul');
			expect((await menu.boundingBox())!.height, path).toBeLessThan(60);
			const current = menu.locator('[aria-current="page"]');
			const [item, box] = [(await current.boundingBox())!, (await menu.boundingBox())!];
			expect(item.x, path).toBeGreaterThanOrEqual(box.x - 1);
			expect(item.x + item.width, path).toBeLessThanOrEqual(box.x + box.width + 1);
		}
	});

	test('the 西康省 caption stays whole inside the map, though the former province reaches the phone’s edge', async ({
		page
	}) => {
		await page.goto('/map/?from=1945&to=1945');
		await hydrated(page);
		const caption = page.locator('.xikang-label');
		const map = (await page.locator('.map').boundingBox())!;
		const inside = async () => {
			const box = (await caption.boundingBox())!;
			return box.x >= map.x && box.x + box.width <= map.x + map.width;
		};
		await expect(caption).toBeVisible();
		await expect.poll(inside).toBe(true);
		// Hidden for years after 1955 and shown again (a new caption element), it is moved inside again, once.
		const fold = page.getByRole('button', { name: '年份与行迹' });
		if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
		await page.getByLabel('起始年份').selectOption('2000');
		await page.getByLabel('结束年份').selectOption('2000');
		await expect(caption).toHaveCount(0);
		await page.getByLabel('起始年份').selectOption('1945');
		await page.getByLabel('结束年份').selectOption('1945');
		await expect(caption).toBeVisible();
		await expect.poll(inside).toBe(true);
	});

	test('a journey that reaches Moscow still shows her stops in China, not Siberia', async ({ page }) => {
		await page.goto('/map/?figure=zhao-yiman');
		const map = (await page.locator('.map').boundingBox())!;
		const stops = page.locator('.journey-stop');
		await expect(stops.first()).toBeVisible();
		// The first stops (Yibin, in Sichuan) and the last (Harbin and Zhuhe, in the north-east) are on the map.
		for (const index of [0, (await stops.count()) - 1]) {
			const box = (await stops.nth(index).boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(map.x);
			expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
			expect(box.y).toBeGreaterThanOrEqual(map.y);
			expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
		}
	});
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('one finger scrolls the page over the map; two fingers move it', async ({ page }) => {
		await page.goto('/map/');
		await expect(markers(page).first()).toBeAttached();
		// Leaflet no longer takes one-finger drags, so the browser may scroll the page from the map.
		await expect(page.locator('.map')).toHaveCSS('touch-action', 'pan-x pan-y');
		await expect(page.locator('.map')).not.toHaveClass(/leaflet-touch-drag/);
	});
});
