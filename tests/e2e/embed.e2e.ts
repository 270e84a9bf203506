// A teacher puts the exhibition into a lesson on another site (REQUIREMENTS E-01 … E-05).
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

/**
 * A lesson page on another origin (a school platform): a small server of its own, on "localhost" where the exhibition
 * is "127.0.0.1". Both are local addresses, as Chromium requires for one to frame the other without a flag.
 */
let lessonHtml = '';
let lessonServer: Server;
test.beforeAll(async () => {
	lessonServer = createServer((_, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(lessonHtml);
	});
	await new Promise<void>((done) => lessonServer.listen(0, '127.0.0.1', done));
});
test.afterAll(() => lessonServer.close());

async function lessonWith(page: Page, baseURL: string, iframes: string) {
	lessonHtml = `<!doctype html><html lang="en"><head><title>Lesson</title></head><body><h1>Lesson</h1>${iframes.replaceAll(
		'BASE',
		baseURL
	)}<script>window.messages = []; addEventListener('message', (e) => messages.push({ data: e.data, frame: [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source)?.id }));</script></body></html>`;
	await page.goto(`http://localhost:${(lessonServer.address() as AddressInfo).port}/`);
}

test('an embed on another site reports its height, and our script makes the iframe follow it (E-03)', async ({
	page,
	baseURL
}) => {
	await lessonWith(
		page,
		baseURL!,
		`<iframe id="with-script" src="BASE/embed/figures/zhao-yiman/?childId=a" title="Zhao Yiman" style="width:100%;border:0" height="480" data-exhibition-embed></iframe>
		 <iframe id="without" src="BASE/en/embed/events/marriage-law-1950/" title="Marriage Law" style="width:480px;border:0" height="480"></iframe>
		 <script src="BASE/embed.js"></script>`
	);
	const frame = page.frameLocator('#with-script');
	await expect(frame.locator('h1')).toHaveText('赵一曼');
	const child = page.frames().find((f) => f.url().includes('/embed/figures/zhao-yiman/'))!;
	await expect
		.poll(async () => {
			const height = await child.evaluate(() => document.documentElement.scrollHeight);
			const box = (await page.locator('#with-script').boundingBox())!;
			return Math.abs(box.height - height);
		})
		.toBeLessThanOrEqual(2);

	const height = await child.evaluate(() => document.documentElement.scrollHeight);
	const messages = (
		await page.evaluate(() => (window as unknown as { messages: { data: unknown; frame: string }[] }).messages)
	)
		.filter((m) => m.frame === 'with-script')
		.map((m) => m.data);
	const pym = messages.filter((m): m is string => typeof m === 'string' && m.startsWith('pymxPYMxaxPYMxheightxPYMx'));
	const amp = messages.filter(
		(m): m is { height: number } =>
			typeof m === 'object' && m !== null && (m as { sentinel?: string }).sentinel === 'amp'
	);
	expect(Math.abs(Number(pym.at(-1)!.split('xPYMx')[3]) - height)).toBeLessThanOrEqual(2);
	expect(Math.abs(amp.at(-1)!.height - height)).toBeLessThanOrEqual(2);

	// Without our script, the fixed 480 px frame still works: it scrolls inside and offers the full exhibition.
	const plain = page.frameLocator('#without');
	await expect(plain.locator('h1')).toBeVisible();
	expect((await page.locator('#without').boundingBox())!.height).toBe(480);
	const open = plain.getByRole('link', { name: 'Open the full exhibition in a new window' });
	await expect(open).toHaveAttribute('href', '/en/events/marriage-law-1950/');
	const inside = page.frames().find((f) => f.url().includes('/en/embed/events/'))!;
	const reachable = await inside.evaluate(() => {
		scrollTo(0, document.documentElement.scrollHeight);
		const link = [...document.querySelectorAll('a')].find((a) => a.textContent!.includes('Open the full exhibition'))!;
		const box = link.getBoundingClientRect();
		return {
			scrolls: document.documentElement.scrollHeight > innerHeight,
			visible: box.top >= 0 && box.bottom <= innerHeight
		};
	});
	expect(reachable).toEqual({ scrolls: true, visible: true });
	const sideways = page.frames().find((f) => f.url().includes('/en/embed/events/'))!;
	expect(await sideways.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
});

test('other sites may frame the embeds but not the rest of the exhibition (E-02)', async ({ page, baseURL }) => {
	await lessonWith(
		page,
		baseURL!,
		`<iframe id="embed" src="BASE/embed/timeline/" title="t"></iframe><iframe id="page" src="BASE/timeline/" title="p"></iframe>`
	);
	await expect(page.frameLocator('#embed').locator('h1')).toHaveText('时间线');
	// The page itself refuses to be framed: its frame never shows the timeline.
	await page.waitForTimeout(1000);
	const shown = page.frames().filter((f) => f !== page.mainFrame() && f.url().startsWith(baseURL!));
	expect(shown.map((f) => new URL(f.url()).pathname)).toEqual(['/embed/timeline/']);
	const response = await page.request.get(`${baseURL}/figures/zhao-yiman/`);
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
	const embed = await page.request.get(`${baseURL}/en/embed/figures/zhao-yiman/`);
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	expect(embed.headers()['x-frame-options']).toBeUndefined();
});

test('embeds have no site chrome, open links in a new tab, set no cookie and register no service worker (E-04)', async ({
	page,
	context
}) => {
	for (const path of [
		'/embed/figures/jiang-zhujun/',
		'/en/embed/events/marriage-law-1950/',
		'/embed/map/',
		'/embed/timeline/'
	]) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-profile', 'embed');
		await expect(page.locator('.site-header, .site-footer, nav[aria-label="主导航"]')).toHaveCount(0);
		await expect(page.locator('h1')).toHaveCount(1);
		await page.waitForTimeout(300);
		const links = await page
			.locator('a[href]:not([href^="#"])')
			.evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
		expect(links.length, path).toBeGreaterThan(0);
		expect(new Set(links), path).toEqual(new Set(['_blank noopener']));
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
		expect(
			(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations
		).toEqual([]);
	}
	expect(await context.cookies()).toEqual([]);
});

test('a deep link works inside the iframe: the timeline opens at that range (E-05)', async ({ page, baseURL }) => {
	await lessonWith(
		page,
		baseURL!,
		`<iframe id="t" src="BASE/embed/timeline/?from=1930&to=1940" title="t" style="width:100%" height="900"></iframe>`
	);
	const frame = page.frameLocator('#t');
	// The range is read from the URL once the timeline starts in the browser: wait for the list to follow it.
	const years = () =>
		frame
			.locator('.twin-list li > time:first-child')
			.evaluateAll((times) => times.map((t) => Number(t.getAttribute('datetime')!.slice(0, 4))));
	await expect.poll(async () => Math.min(...(await years()))).toBeGreaterThanOrEqual(1929);
	expect((await years()).length).toBeGreaterThan(0);
	expect(Math.max(...(await years()))).toBeLessThanOrEqual(1941);
	const child = page.frames().find((f) => f.url().includes('/embed/timeline/'))!;
	expect(child.url()).toContain('from=1930');
});

test('every figure, event and timeline page offers oEmbed 1.0 rich with a titled iframe (E-01)', async ({
	request
}) => {
	test.setTimeout(120_000);
	const { events } = await (await request.get('/data/events.json')).json();
	const { figures } = await (await request.get('/data/figures.json')).json();
	const paths = [
		'/timeline/',
		'/en/timeline/',
		'/map/',
		...figures.flatMap((f: { id: string }) => [`/figures/${f.id}/`, `/en/figures/${f.id}/`]),
		...events.flatMap((e: { id: string }) => [`/events/${e.id}/`, `/en/events/${e.id}/`]),
		'/tours/two-lives/',
		'/en/tours/women-and-the-law/'
	];
	for (const path of paths) {
		const html = await (await request.get(path)).text();
		const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
		expect(links, path).toHaveLength(1);
		const response = await request.get(new URL(links[0][1]).pathname);
		expect(response.headers()['content-type'], path).toContain('application/json');
		const answer = await response.json();
		expect(answer.version).toBe('1.0');
		expect(answer.type).toBe('rich');
		expect(Number.isInteger(answer.width) && Number.isInteger(answer.height)).toBe(true);
		expect(answer.html.match(/<iframe /g)).toHaveLength(1);
		expect(answer.html).toMatch(/<iframe [^>]*title="[^"]+"/);
		const thumbnails = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in answer);
		expect([0, 3]).toContain(thumbnails.length);
		const embedPath = new URL(answer.html.match(/src="([^"]+)"/)[1]).pathname;
		expect((await request.get(embedPath)).status(), embedPath).toBe(200);
	}
});

test('the embed code, the link and the citation keep the range a teacher zoomed to', async ({ page }) => {
	await page.goto('/timeline/');
	await page.getByRole('button', { name: '放大' }).click();
	await expect(page).toHaveURL(/\?from=\d+&to=\d+$/);
	const range = new URL(page.url()).search;
	await page.getByRole('button', { name: '嵌入本页' }).click();
	const dialog = page.getByRole('dialog', { name: '嵌入课件或网页' });
	expect(await dialog.getByLabel('嵌入代码').inputValue()).toContain(`/embed/timeline/${range.replace('&', '&amp;')}"`);
	await expect(dialog.frameLocator('iframe.preview').locator('figcaption span').first()).toContainText(
		`${range.match(/from=(\d+)/)![1]}年至`
	);
	await dialog.getByRole('button', { name: '关闭' }).click();
	await expect(page.locator('.citation').first()).toContainText(`/timeline/${range}`);
	await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute(
		'href',
		`/en/timeline/${range}`
	);
});

test('an embed shrinks again when its content gets shorter (E-03)', async ({ page, baseURL }) => {
	await lessonWith(
		page,
		baseURL!,
		`<iframe id="t" src="BASE/embed/timeline/?childId=t" title="t" style="width:100%;border:0" height="480" data-exhibition-embed></iframe>
		 <script src="BASE/embed.js"></script>`
	);
	const frame = page.frameLocator('#t');
	const height = async () => (await page.locator('#t').boundingBox())!.height;
	// The text version is folded in an embed; opened, it makes the frame tall, and closed, short again.
	await expect(frame.locator('summary', { hasText: '文字版' })).toBeVisible();
	// First the frame takes the folded content's height (it starts at the 480 of its attribute) and keeps it.
	await expect.poll(height).not.toBe(480);
	await expect
		.poll(async () => {
			const before = await height();
			await page.waitForTimeout(300);
			return (await height()) === before;
		})
		.toBe(true);
	const folded = await height();
	await frame.locator('summary', { hasText: '文字版' }).click();
	await expect.poll(height).toBeGreaterThan(folded + 1000);
	await frame.locator('summary', { hasText: '文字版' }).click();
	await expect.poll(height).toBeLessThan(folded + 50);
});

test('the Embed button gives a preview, the iframe code, the link and a QR code', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/figures/zhao-yiman/');
	await page.getByRole('button', { name: 'Embed this page' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed in a lesson or web page' });
	await expect(dialog.frameLocator('iframe.preview').locator('h1')).toHaveText('Zhao Yiman');
	const code = await dialog.getByLabel('Embed code').inputValue();
	expect(code).toMatch(/<iframe src="https?:\/\/[^"]+\/en\/embed\/figures\/zhao-yiman\/" title="Zhao Yiman — [^"]+"/);
	expect(code).toContain('/embed.js" async></script>');
	await expect(dialog.getByRole('img', { name: 'QR code of this page' })).toBeVisible();
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	expect(
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations
	).toEqual([]);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
