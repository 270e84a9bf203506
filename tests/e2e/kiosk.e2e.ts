// The hall touchscreen as a visitor and an operator meet it (REQUIREMENTS section 1, K-01 … K-11).
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { KIOSK_ROUTES } from './kiosk-routes';
import { drawDeferred, hydrated } from './app';

const { kiosk: settings } = JSON.parse(readFileSync('data/kiosk.json', 'utf8')) as {
	kiosk: {
		idleSeconds: number;
		countdownSeconds: number;
		screen: { bottomMm: number; heightMm: number; mmPerCssPx: number };
	};
};

/** The screen the kiosk config describes (a 55-inch landscape panel at 1080 px). */
const viewport = { width: 1920, height: Math.round(settings.screen.heightMm / settings.screen.mmPerCssPx) };
test.use({ viewport, hasTouch: true });

/** The kiosk's local calendar day, as the usage counts key it. */
function today() {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function enterKiosk(page: Page) {
	await page.goto('/kiosk/');
	await expect(page.locator('html')).toHaveAttribute('data-profile', 'kiosk');
}

async function openInKiosk(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-profile', 'kiosk');
	await expect(page.locator('.kiosk-bar')).toBeVisible();
}

test('the profile is chosen by URL only and is on <html> before the app starts (X-01)', async ({ page }) => {
	await page.goto('/timeline/');
	await expect(page.locator('html')).toHaveAttribute('data-profile', 'web');
	await page.goto('/kiosk/');
	expect(await page.evaluate(() => document.documentElement.dataset.profile)).toBe('kiosk');
	// Later pages stay in the kiosk profile; the web header is hidden and the kiosk bar shown.
	await openInKiosk(page, '/figures/');
	await expect(page.locator('.site-header')).toBeHidden();
	await page.goto('/figures/?mode=web');
	await expect(page.locator('html')).toHaveAttribute('data-profile', 'web');
	await page.goto('/figures/');
	await expect(page.locator('html')).toHaveAttribute('data-profile', 'web');
});

test('the attract loop invites a touch and opens the kiosk home within 500 ms (K-06)', async ({ page }) => {
	await page.clock.install();
	await enterKiosk(page);
	await expect(page.getByText('触摸开始', { exact: true })).toBeVisible();
	await expect(page.getByText('Touch to start', { exact: true })).toBeVisible();
	const before = await page.locator('.card-title').textContent();
	await page.clock.runFor(8_000);
	await expect(page.locator('.card-title')).not.toHaveText(before!);

	// A touch anywhere, even on the title, starts the visit.
	const title = (await page.locator('.showcase h1').boundingBox())!;
	const started = Date.now();
	await page.touchscreen.tap(title.x + title.width / 2, title.y + title.height / 2);
	// waitForURL answers when the navigation happens; expect(…).toHaveURL polls at 100, 250, 500 ms and so could
	// measure 850 ms for a 360 ms navigation.
	await page.waitForURL(/\/kiosk\/home\/$/);
	expect(Date.now() - started).toBeLessThan(500);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('选择参观方式');
});

test('after 90 s idle "Still there?" counts down 20 s, Continue keeps the view, ten times over (K-03)', async ({
	page
}) => {
	await page.clock.install();
	await enterKiosk(page);
	await openInKiosk(page, '/figures/zhao-yiman/');
	const dialog = page.getByRole('alertdialog', { name: '还在浏览吗？' });

	for (let round = 0; round < 10; round++) {
		await page.clock.runFor(settings.idleSeconds * 1000 - 1000);
		await expect(dialog).toBeHidden();
		await page.clock.runFor(1000);
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText(`${settings.countdownSeconds}秒后`);
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		await page.clock.runFor((settings.countdownSeconds - 2) * 1000);
		await expect(dialog).toContainText('2秒后');
		await dialog.getByRole('button', { name: '继续浏览' }).click();
		await expect(dialog).toBeHidden();
		await expect(page).toHaveURL(/\/figures\/zhao-yiman\/$/);
	}
});

test('a visit ends with a full reset: attract screen, storage cleared, comfort settings back to default (K-04)', async ({
	page
}) => {
	await page.clock.install();
	await enterKiosk(page);
	await page.locator('.start-area').click();
	await page.getByRole('link', { name: /人物/ }).first().click();
	await expect(page).toHaveURL(/\/figures\/$/);
	const bar = page.getByRole('navigation', { name: '展厅触摸屏操作' });
	await bar.getByRole('button', { name: '特大字号' }).click();
	await bar.getByRole('button', { name: '高对比度' }).click();
	await bar.getByRole('button', { name: '减少动画' }).click();
	await bar.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/figures\/$/);
	// No name box on the kiosk (it has no keyboard): the visitor narrows the gallery with the lists instead.
	await expect(page.getByRole('searchbox')).toBeHidden();
	await page.getByRole('combobox').first().selectOption({ index: 1 });
	await page.evaluate(() => sessionStorage.setItem('exhibition:visit', 'x'));
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');

	await page.clock.runFor((settings.idleSeconds + settings.countdownSeconds) * 1000);
	await expect(page).toHaveURL(/\/kiosk\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	// The reset reloads the page: read its state once the new page is running, not while it loads.
	await hydrated(page);
	const state = await page.evaluate(() => ({
		session: sessionStorage.length,
		ours: Object.keys(localStorage).filter((k) => k.startsWith('exhibition:')),
		data: { ...document.documentElement.dataset },
		openDialogs: document.querySelectorAll('dialog[open]').length
	}));
	expect(state.session).toBe(0);
	// Only the kiosk's own keys remain: its profile and the day's anonymous usage counts.
	expect(state.ours.sort()).toEqual(['exhibition:profile', 'exhibition:usage']);
	// No comfort setting is left on <html>: only the kiosk profile and the mark that the app is running.
	expect(state.data).toEqual({ profile: 'kiosk', hydrated: '' });
	expect(state.openDialogs).toBe(0);
});

test('staff see how often each page was opened, per day, kept across resets and exportable (usage counts)', async ({
	page
}) => {
	await page.clock.install();
	await enterKiosk(page);
	await page.evaluate(() => localStorage.removeItem('exhibition:usage'));
	await page.locator('.start-area').click();
	await expect(page).toHaveURL(/\/kiosk\/home\/$/);
	await page.getByRole('link', { name: /人物/ }).first().click();
	await page
		.getByRole('link', { name: /赵一曼/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/figures\/zhao-yiman\/$/);
	// The other language is the same page, not a second opening.
	await page.getByRole('navigation', { name: '展厅触摸屏操作' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/figures\/zhao-yiman\/$/);
	// The visit ends; the reset forgets the visitor but not the counts, and offers them to the kiosk PC's server.
	const sent: string[] = [];
	await page.route('**/kiosk/usage.json', (route) =>
		route.request().method() === 'PUT'
			? (sent.push(route.request().postData() ?? ''), route.fulfill({ status: 204 }))
			: route.continue()
	);
	await page.clock.runFor((settings.idleSeconds + settings.countdownSeconds) * 1000);
	await expect(page).toHaveURL(/\/kiosk\/$/);
	expect(sent).toHaveLength(1);
	expect(JSON.parse(sent[0]).days).toMatchObject({
		[today()]: { visits: 1, views: { '/figures/zhao-yiman/': 1 } }
	});

	await page.goto('/kiosk/usage/');
	await hydrated(page);
	await expect(page.getByTestId('usage-totals')).toHaveText('这一时段共开始1次参观，打开页面3次。');
	const pages = page.getByTestId('usage-pages');
	await expect(pages.getByRole('row', { name: /赵一曼/ })).toContainText('1');
	await expect(pages.getByRole('row', { name: /选择参观方式/ })).toContainText('1');
	await expect(pages.getByRole('row', { name: /^人物/ })).toContainText('1');
	// The test server keeps no copy on disk (EXHIBITION_USAGE_FILE is not set), and the page says so.
	await expect(page.getByTestId('usage-copy')).toContainText('不另存统计');
	expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 CSV（表格）' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^exhibition-usage-\d{4}-\d\d-\d\d\.csv$/);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv.startsWith('\uFEFFdate,page,title,count\r\n')).toBe(true);
	expect(csv).toMatch(/,\(visits\),,1\r\n/);
	expect(csv).toMatch(/,\/figures\/zhao-yiman\/,赵一曼,1\r\n/);

	// Clearing asks first.
	await page.getByRole('button', { name: '清空统计…' }).click();
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByTestId('usage-totals')).toContainText('1次参观');
	await page.getByRole('button', { name: '清空统计…' }).click();
	await page.getByRole('button', { name: '确定清空' }).click();
	await expect(page.getByTestId('usage-totals')).toHaveText('这一时段共开始0次参观，打开页面0次。');
	expect(await page.evaluate(() => localStorage.getItem('exhibition:usage'))).toBeNull();
});

test('nothing is counted on the public website', async ({ page }) => {
	await page.goto('/figures/?mode=web');
	await hydrated(page);
	await page
		.getByRole('link', { name: /江竹筠/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/figures\/jiang-zhujun\/$/);
	expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain('exhibition:usage');
});

test('the idle timer waits while media plays and re-arms 30 s after it stops (K-05)', async ({ page }) => {
	await page.clock.install();
	await enterKiosk(page);
	await openInKiosk(page, '/figures/jiang-zhujun/');
	// A stand-in for a film on the page: the kiosk listens for the media events every <video>/<audio> fires.
	await page.evaluate(() => {
		const audio = document.createElement('audio');
		let paused = false;
		Object.defineProperty(audio, 'paused', { get: () => paused });
		(window as unknown as { stopFilm: () => void }).stopFilm = () => {
			paused = true;
			audio.dispatchEvent(new Event('pause'));
		};
		document.querySelector('main')!.append(audio);
		audio.dispatchEvent(new Event('play'));
	});
	const dialog = page.getByRole('alertdialog');
	await page.clock.runFor(10 * 60 * 1000);
	await expect(dialog).toBeHidden();
	await page.evaluate(() => (window as unknown as { stopFilm: () => void }).stopFilm());
	await page.clock.runFor((30 + settings.idleSeconds - 1) * 1000);
	await expect(dialog).toBeHidden();
	await page.clock.runFor(1000);
	await expect(dialog).toBeVisible();
});

/**
 * The touch targets on the page: interactive elements a visitor can see, with their boxes in page coordinates.
 * Controls fixed to the screen (the kiosk bar) are a layer of their own: page content scrolls under them.
 */
async function targets(page: Page) {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
		const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
			const box = el.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.height > 0 &&
				el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
				!el.closest('[aria-hidden="true"], .visually-hidden') &&
				!(el as HTMLButtonElement).disabled &&
				// A checkbox or radio inside its label: the label is the target.
				!(el instanceof HTMLInputElement && el.closest('label'))
			);
		});
		const fixed = (el: Element) => {
			for (let node: Element | null = el; node; node = node.parentElement) {
				if (getComputedStyle(node).position === 'fixed') return true;
			}
			return false;
		};
		return elements.map((el, index) => {
			const target = el instanceof HTMLInputElement ? el : (el.closest('label') ?? el);
			const box = target.getBoundingClientRect();
			return {
				index,
				// Indexes of the other targets this one is nested in (a map marker inside the focusable map).
				ancestors: elements.flatMap((other, i) => (other !== el && other.contains(el) ? [i] : [])),
				layer: fixed(el) ? 'fixed' : 'page',
				name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 30),
				x: box.left + (fixed(el) ? 0 : scrollX),
				y: box.top + (fixed(el) ? 0 : scrollY),
				w: box.width,
				h: box.height
			};
		});
	});
}

test('every control on every kiosk view is at least 48 × 48 px and 10 mm, 8 px from its neighbours (K-01)', async ({
	page
}) => {
	test.setTimeout(180_000);
	await enterKiosk(page);
	const minPx = Math.max(48, Math.ceil(10 / settings.screen.mmPerCssPx));
	const problems: string[] = [];
	for (const path of KIOSK_ROUTES) {
		await openInKiosk(page, path);
		await page.waitForTimeout(300);
		const boxes = await targets(page);
		expect(boxes.length, path).toBeGreaterThan(3);
		for (const b of boxes) {
			if (b.w < minPx - 0.5 || b.h < minPx - 0.5)
				problems.push(`${path} "${b.name}" is ${b.w.toFixed(0)}×${b.h.toFixed(0)}`);
		}
		for (const a of boxes) {
			for (const b of boxes) {
				if (b.index <= a.index || a.layer !== b.layer || a.ancestors.includes(b.index) || b.ancestors.includes(a.index))
					continue;
				const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w));
				const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.h, b.y + b.h));
				if (Math.max(dx, dy) < 8 - 0.5)
					problems.push(`${path} "${a.name}" and "${b.name}" are ${Math.max(dx, dy).toFixed(1)} px apart`);
			}
		}
	}
	expect(problems).toEqual([]);
});

test('the kiosk home shows every way in and all four eras above the control bar, without scrolling', async ({
	page
}) => {
	await enterKiosk(page);
	await openInKiosk(page, '/kiosk/home/');
	const barTop = (await page.locator('.kiosk-bar').boundingBox())!.y;
	const cards = page.locator('.kiosk-home a');
	expect(await cards.count()).toBeGreaterThanOrEqual(9);
	for (const card of await cards.all()) {
		const box = (await card.boundingBox())!;
		expect(box.y + box.height, await card.innerText()).toBeLessThanOrEqual(barTop);
	}
});

test('the kiosk controls sit in the band a standing or seated visitor can reach (K-02)', async ({ page }) => {
	await enterKiosk(page);
	const { bottomMm, heightMm, mmPerCssPx } = settings.screen;
	const heightAboveFloor = (y: number) => bottomMm + (heightMm - y * mmPerCssPx);
	for (const path of ['/kiosk/home/', '/timeline/', '/figures/zhao-yiman/']) {
		await openInKiosk(page, path);
		const controls = page.locator('.kiosk-bar a, .kiosk-bar button');
		expect(await controls.count()).toBeGreaterThanOrEqual(7);
		for (const control of await controls.all()) {
			const box = (await control.boundingBox())!;
			expect(heightAboveFloor(box.y), path).toBeLessThanOrEqual(1220);
			expect(heightAboveFloor(box.y + box.height), path).toBeGreaterThanOrEqual(380);
		}
	}
});

test('no way out: no link to another origin, no context menu, no text selection (K-07, K-11)', async ({ page }) => {
	test.setTimeout(120_000);
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
	});
	await enterKiosk(page);
	for (const path of KIOSK_ROUTES) {
		await openInKiosk(page, path);
		await page.waitForTimeout(200);
		const exits = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
				.filter((a) => new URL(a.href).origin !== location.origin || /\.[a-z]+$/.test(new URL(a.href).pathname))
				.map((a) => a.href)
		);
		expect(exits, path).toEqual([]);
	}

	// The sources of a profile are still there, as QR codes a visitor can scan.
	await openInKiosk(page, '/figures/zhao-yiman/');
	// Copy buttons are not (there is nothing to paste into), though the citations themselves are.
	await expect(page.locator('.cite [data-style="gbt"]')).toBeAttached();
	expect(await page.locator('main button:visible', { hasText: '复制' }).count()).toBe(0);
	// (The first visible one: those in the folded "sources differ" boxes are hidden until opened.)
	const source = page.locator('[data-kiosk-qr]:visible').first();
	await source.scrollIntoViewIfNeeded();
	await source.click();
	const dialog = page.getByRole('dialog', { name: '扫码在手机上继续阅读' });
	await expect(dialog.getByRole('img')).toBeVisible();
	await expect(dialog.locator('figcaption')).toHaveText(/^https?:\/\//);
	await dialog.getByRole('button', { name: '关闭' }).click();
	await expect(dialog).toBeHidden();

	const blocked = await page.evaluate(() => {
		const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
		document.querySelector('main p')!.dispatchEvent(event);
		return event.defaultPrevented;
	});
	expect(blocked).toBe(true);
	expect(
		await page
			.locator('main p')
			.first()
			.evaluate((p) => getComputedStyle(p).userSelect)
	).toBe('none');
	expect(foreign).toEqual([]);
});

test('"Take it home" shows a QR code for the same view on the public website', async ({ page }) => {
	await enterKiosk(page);
	await openInKiosk(page, '/map/?year=1950');
	await page.getByRole('button', { name: '带回家' }).click();
	const dialog = page.getByRole('dialog', { name: '用手机扫码，在手机上打开本页' });
	await expect(dialog.locator('figcaption')).toHaveText(/^https:\/\/[^/]+\/map\/\?year=1950$/);
	expect(await dialog.locator('svg path').getAttribute('d')).toMatch(/^M\d/);
	await dialog.getByRole('button', { name: '关闭' }).click();

	// A view changed on the kiosk (a zoom writes the address without a page load) goes home as it is now.
	await openInKiosk(page, '/timeline/');
	await page.getByRole('button', { name: '放大' }).click();
	await expect(page).toHaveURL(/from=\d+&to=\d+/);
	const range = new URL(page.url()).search;
	await page.getByRole('button', { name: '带回家' }).click();
	await expect(dialog.locator('figcaption')).toHaveText(new RegExp(`^https://[^/]+/timeline/\\${range}$`));
});

test('axe finds nothing on the kiosk views, the idle dialog included (A-01)', async ({ page }) => {
	test.setTimeout(120_000);
	// Colours are checked at rest, not halfway through the attract loop's fade.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await enterKiosk(page);
	const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	await expect(page.locator('.start-area')).toBeVisible();
	expect((await new AxeBuilder({ page }).withTags(rules).analyze()).violations).toEqual([]);
	for (const path of ['/kiosk/home/', '/timeline/', '/map/', '/figures/zhao-yiman/', '/en/kiosk/home/']) {
		await openInKiosk(page, path);
		await drawDeferred(page);
		expect((await new AxeBuilder({ page }).withTags(rules).analyze()).violations, path).toEqual([]);
	}
	await page.clock.install();
	await openInKiosk(page, '/figures/');
	await page.clock.runFor(settings.idleSeconds * 1000);
	await expect(page.getByRole('alertdialog')).toBeVisible();
	expect((await new AxeBuilder({ page }).withTags(rules).analyze()).violations).toEqual([]);
});

test('the high-contrast setting keeps every colour pair readable (axe on the kiosk views)', async ({ page }) => {
	test.setTimeout(120_000);
	await enterKiosk(page);
	await page.evaluate(() => localStorage.setItem('exhibition:contrast', 'high'));
	const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	for (const path of [
		'/kiosk/home/',
		'/timeline/',
		'/map/',
		'/figures/zhao-yiman/',
		'/figures/compare/?a=zhao-yiman&b=jiang-zhujun',
		'/tours/two-lives/'
	]) {
		await openInKiosk(page, path);
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
		await drawDeferred(page);
		await page.waitForTimeout(500);
		const { violations } = await new AxeBuilder({ page }).withTags(rules).analyze();
		expect(
			violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			path
		).toEqual([]);
	}
});

test('the timeline and map words are readable from a step back, and grow with the largest text setting', async ({
	page
}) => {
	await enterKiosk(page);
	await openInKiosk(page, '/timeline/');
	const label = page.locator('.stage .mark text').first();
	const size = () => label.evaluate((text) => parseFloat(getComputedStyle(text).fontSize));
	await expect.poll(size).toBeGreaterThanOrEqual(19);
	const normal = await size();
	await page.locator('.kiosk-bar').getByRole('button', { name: '特大字号' }).click();
	await expect.poll(size).toBeGreaterThan(normal);

	await openInKiosk(page, '/map/');
	const name = page.locator('.prefecture-label').first();
	await expect(name).toBeAttached();
	expect(await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
});
