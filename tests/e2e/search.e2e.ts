// The site search as a student uses it: from the home page or the menu, by characters, pinyin or an old place name,
// narrowed by kind, with the search kept in the address; offline (the index is part of the build).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrated } from './app';

const results = (page: import('@playwright/test').Page) => page.locator('.results > li');

test('a search from the home page finds an old place name and what happened there', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('searchbox', { name: '搜索展览' }).fill('渡口');
	await page.getByRole('button', { name: '搜索' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=%E6%B8%A1%E5%8F%A3$/);
	await expect(page.getByRole('searchbox', { name: '搜索展览' })).toHaveValue('渡口');
	await expect(page.locator('.count')).toHaveText(/找到\d+条结果/);
	await expect(results(page).getByRole('link', { name: '攀枝花市' })).toHaveAttribute('href', '/map/?place=panzhihua');
	await expect(results(page).getByRole('link', { name: '女性投身攀枝花三线建设' })).toHaveAttribute(
		'href',
		'/events/panzhihua-women-third-front-builders-1965/'
	);
	// The matched words are marked in the text shown.
	await expect(results(page).locator('mark', { hasText: '渡口' }).first()).toBeVisible();
});

test('a name typed in pinyin puts the person first, and the result opens her profile', async ({ page }) => {
	await page.goto('/search/');
	await hydrated(page);
	await page.getByRole('searchbox', { name: '搜索展览' }).fill('zhaoyiman');
	await expect(results(page).first().getByRole('link')).toHaveText('赵一曼');
	await expect(page).toHaveURL(/\?q=zhaoyiman$/);
	await results(page).first().getByRole('link').click();
	await expect(page).toHaveURL(/\/figures\/zhao-yiman\/$/);
});

test('a name typed in traditional characters finds the same person (趙一曼 is 赵一曼)', async ({ page }) => {
	await page.goto('/search/?q=' + encodeURIComponent('趙一曼'));
	await hydrated(page);
	await expect(results(page).first().getByRole('link')).toHaveText('赵一曼');
	await expect(results(page).first().locator('mark').first()).toHaveText('赵一曼');
});

test('the kinds narrow the results, and a link with q and kind opens that same view', async ({ page }) => {
	await page.goto('/en/search/?q=chongqing');
	await hydrated(page);
	await expect.poll(() => results(page).count()).toBeGreaterThan(5);
	const all = await results(page).count();
	await page.getByRole('radio', { name: /^Person/ }).check();
	await expect.poll(() => results(page).count()).toBeLessThan(all);
	await expect(results(page).locator('.kind').first()).toHaveText('Person');
	await expect(page).toHaveURL(/\?q=chongqing&kind=figure$/);
	const people = await results(page).count();

	await page.goto('/en/search/?q=chongqing&kind=figure');
	await expect.poll(() => results(page).count()).toBe(people);
	await expect(page.getByRole('radio', { name: /^Person/ })).toBeChecked();

	// A new query with no person in it shows all kinds again instead of "nothing found".
	await hydrated(page);
	await page.getByRole('searchbox', { name: 'Search the exhibition' }).fill('Third Front');
	await expect(page.getByRole('radio', { name: /^All/ })).toBeChecked();
	await expect(results(page).first()).toBeVisible();
});

test('nothing found says so and offers ways to browse instead', async ({ page }) => {
	await page.goto('/en/search/?q=quantum');
	await expect(page.locator('.count')).toHaveText(
		'Nothing found for “quantum”. Try another word, or browse from here:'
	);
	await expect(results(page)).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Glossary' }).last()).toHaveAttribute('href', '/en/glossary/');
});

test('the search is in the menu, and its results are accessible', async ({ page }) => {
	await page.goto('/timeline/');
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
	await expect(page).toHaveURL(/\/search\/$/);
	await page.goto('/search/?q=婚姻法');
	await expect(results(page).first()).toBeVisible();
	// The box is named by its label alone; the hint is its description, not part of its name.
	await expect(page.getByRole('searchbox', { name: '搜索展览', exact: true })).toBeVisible();
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

	// The menu's 搜索, from the results, starts a new search: an empty box, no old results, a bare address.
	await hydrated(page);
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
	await expect(page).toHaveURL(/\/search\/$/);
	await expect(page.getByRole('searchbox', { name: '搜索展览', exact: true })).toHaveValue('');
	await expect(results(page)).toHaveCount(0);
});

test('a search index that cannot be loaded is reported, with a way to try again', async ({ page }) => {
	let blocked = true;
	await page.route('**/data/search/zh.json', (route) => (blocked ? route.abort() : route.continue()));
	await page.goto('/search/?q=赵一曼');
	await expect(page.getByRole('alert')).toContainText('搜索索引未能载入');
	blocked = false;
	await page.getByRole('button', { name: '重试' }).click();
	await expect(results(page).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says it needs JavaScript and links to lists that do not', async ({ page }) => {
		await page.goto('/search/?q=赵一曼');
		await expect(page.locator('noscript .notice')).toContainText('搜索需要浏览器启用 JavaScript');
		await expect(page.getByRole('link', { name: '时间线文字版（全部事件）' })).toBeVisible();
	});
});
