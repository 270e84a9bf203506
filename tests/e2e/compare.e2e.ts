// Two lives compared on one map: both journeys drawn, told apart by line and stop shape as well as colour, a key
// that names them, each life's stops listed in order as the map numbers them, and no axe violation in either language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './app';

const PAIR = '?a=zhao-yiman&b=jiang-zhujun';
const journeys = (page: Page) => page.locator('section:has(#journeys)');
const list = (page: Page, letter: 'A' | 'B') => journeys(page).locator(`ol.journey[data-journey="${letter}"] > li`);
const stops = (page: Page, letter: 'A' | 'B') =>
	journeys(page).locator(`.journey-stop.journey-${letter.toLowerCase()}`);

test('both journeys are drawn on one map: A solid with round stops, B dashed with square ones', async ({ page }) => {
	await page.goto(`/figures/compare/${PAIR}`);
	const map = journeys(page).locator('.map');
	await expect(map.locator('path.journey-line')).toHaveCount(2);
	const a = map.locator('path.journey-line.journey-a');
	const b = map.locator('path.journey-line.journey-b');
	await expect(a).not.toHaveAttribute('stroke-dasharray');
	await expect(b).toHaveAttribute('stroke-dasharray', '8 6');
	for (const line of [a, b]) expect((await line.getAttribute('d'))!.length).toBeGreaterThan(10);
	// As many lettered stops on the map as each life has in its list, numbered in the same order.
	for (const letter of ['A', 'B'] as const) {
		const count = await list(page, letter).count();
		expect(count).toBeGreaterThanOrEqual(5);
		await expect(stops(page, letter)).toHaveText(Array.from({ length: count }, (_, i) => `${letter}${i + 1}`));
	}
	const radius = (letter: 'A' | 'B') =>
		stops(page, letter)
			.first()
			.evaluate((el) => getComputedStyle(el).borderRadius);
	expect(parseFloat(await radius('A'))).toBeGreaterThanOrEqual(10);
	expect(parseFloat(await radius('B'))).toBeLessThanOrEqual(3);
	// Markers stand for the two lives' places and no others.
	await expect(map.locator('.place-marker').first()).toBeVisible();
	const listed = new Set(
		await journeys(page)
			.locator('ol.journey li[data-place-id]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-place-id')))
	);
	const marked = await map
		.locator('.place-marker')
		.evaluateAll((els) => els.flatMap((el) => (el as HTMLElement).dataset.key!.replace(/^cluster:/, '').split(',')));
	for (const id of marked) expect(listed).toContain(id);
});

test('the key names each life with its letter, line and stops', async ({ page }) => {
	await page.goto(`/figures/compare/${PAIR}`);
	const key = journeys(page).getByRole('list', { name: '图例' });
	await expect(key.locator('li')).toHaveCount(2);
	await expect(key.locator('li[data-journey="A"]')).toContainText('A：赵一曼');
	await expect(key.locator('li[data-journey="A"]')).toContainText('实线，圆形站点');
	await expect(key.locator('li[data-journey="B"]')).toContainText('B：江竹筠');
	await expect(key.locator('li[data-journey="B"]')).toContainText('虚线，方形站点');
	await expect(key.locator('li[data-journey="B"] svg line')).toHaveCSS('stroke-dasharray', '8px, 6px');
});

test('each life’s stops are listed in order, from birth to death, under her name', async ({ page }) => {
	await page.goto(`/figures/compare/${PAIR}`);
	await expect(journeys(page).getByRole('heading', { name: 'A　赵一曼的行迹' })).toBeVisible();
	await expect(journeys(page).getByRole('heading', { name: 'B　江竹筠的行迹' })).toBeVisible();
	const zhao = list(page, 'A');
	await expect(zhao.first()).toContainText('出生');
	await expect(zhao.first()).toContainText('宜宾县白花场');
	await expect(zhao.last()).toContainText('逝世');
	await expect(zhao.last()).toContainText('珠河县');
	await expect(zhao.filter({ hasText: '莫斯科' })).toHaveCount(1);
	const years = async (letter: 'A' | 'B') =>
		(await list(page, letter).allTextContents()).map((text) => Number(/(\d{4})年/.exec(text)![1]));
	const a = await years('A');
	expect(a).toEqual([...a].sort((x, y) => x - y));
	const jiang = list(page, 'B');
	await expect(jiang.first()).toContainText('出生');
	await expect(jiang.first()).toContainText('江家湾');
	await expect(jiang.last()).toContainText('逝世');
	await expect(jiang.filter({ hasText: '江竹筠在万县被捕' })).toHaveCount(1);
	// Her events between birth and death come in date order (a memorial after her death may precede the death stop).
	const b = (await years('B')).slice(0, -1);
	expect(b).toEqual([...b].sort((x, y) => x - y));
	await expect(list(page, 'A').first().locator('.stop-mark')).toHaveText('A1');
});

test('choosing another person redraws her journey, her key entry and her list', async ({ page }) => {
	await page.goto(`/figures/compare/${PAIR}`);
	await hydrated(page);
	await expect(list(page, 'B').first()).toContainText('江家湾');
	await page.getByLabel('第二位').selectOption('ding-youjun');
	await expect(journeys(page).locator('li[data-journey="B"]')).toContainText('丁佑君');
	await expect(journeys(page).locator('ol.journey[data-journey="B"]')).toHaveAttribute('data-figure-id', 'ding-youjun');
	await expect(journeys(page).locator('path.journey-line')).toHaveCount(2);
	const count = await list(page, 'B').count();
	await expect(stops(page, 'B')).toHaveCount(count);
	await expect(list(page, 'A').first()).toContainText('宜宾县白花场');
});

for (const [lang, path] of [
	['zh', `/figures/compare/${PAIR}`],
	['en', `/en/figures/compare/${PAIR}`]
]) {
	test(`the compare page with its two journeys passes axe (WCAG 2.2 AA) in ${lang}`, async ({ page }) => {
		await page.goto(path);
		await expect(stops(page, 'B').first()).toBeVisible();
		if (lang === 'en') {
			await expect(journeys(page).getByRole('heading', { name: 'A: Zhao Yiman’s journey' })).toBeVisible();
			await expect(journeys(page).getByRole('list', { name: 'Key' })).toContainText('dashed line, square stops');
		}
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
