// A class follows a guided tour: step by step with buttons, keys or swipes, on the web, in an embed and on paper.
import { expect, test } from '@playwright/test';

test('the tours page lists every tour with its length and audience', async ({ page }) => {
	await page.goto('/tours/');
	await expect(page.locator('.tours li')).toHaveCount(3);
	await expect(page.getByRole('link', { name: /两位四川女儿/ })).toContainText('8步');
	await page.goto('/en/tours/');
	await expect(page.getByRole('link', { name: /Women of the Sichuan–Shaanxi soviet area/ })).toContainText('8 steps');
});

test('buttons, arrow keys, swipes and the step list move through the tour, and the URL keeps the step', async ({
	page
}) => {
	await page.goto('/tours/two-lives/');
	const position = page.locator('#tour-position');
	const visibleStep = page.locator('section.step:not([hidden])');
	await expect(position).toHaveText('第1步，共8步');
	await expect(visibleStep).toHaveCount(1);
	await expect(visibleStep.locator('h2')).toContainText('赵一曼');
	await expect(page.getByRole('button', { name: '← 上一步' })).toBeDisabled();

	await page.getByRole('button', { name: '下一步 →' }).click();
	await expect(position).toHaveText('第2步，共8步');
	await expect(page).toHaveURL(/\?step=2$/);
	await expect(visibleStep.locator('h2')).toBeFocused();
	await expect(visibleStep.locator('h2')).toContainText('以“李一超”之名撰文争取求学权');

	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText('第3步，共8步');
	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveText('第2步，共8步');

	// A swipe to the left on the card is "next".
	const prompt = (await visibleStep.locator('.prompt').boundingBox())!;
	await page.mouse.move(prompt.x + prompt.width - 20, prompt.y + 10);
	await page.mouse.down();
	await page.mouse.move(prompt.x + 20, prompt.y + 15, { steps: 5 });
	await page.mouse.up();
	await expect(position).toHaveText('第3步，共8步');

	await page.getByRole('button', { name: '转到第8步' }).click();
	await expect(visibleStep.locator('.stage')).toBeVisible();
	await expect(page.getByRole('button', { name: '下一步 →' })).toBeDisabled();
	await expect(page.getByRole('button', { name: '转到第8步' })).toHaveAttribute('aria-current', 'step');

	// A deep link opens that step; the map step draws the journey.
	await page.goto('/en/tours/two-lives/?step=4');
	await expect(position).toHaveText('Step 4 of 8');
	await expect(visibleStep.locator('.leaflet-container')).toBeVisible();
});

test('the teacher sees objectives, questions and notes', async ({ page }) => {
	await page.goto('/tours/women-and-the-law/');
	const guide = page.getByRole('region', { name: '教学参考' });
	await expect(guide.getByRole('heading', { name: '学习目标' })).toBeVisible();
	expect(await guide.locator('ol li').count()).toBeGreaterThanOrEqual(3);
	await expect(guide.getByRole('heading', { name: '教师提示' })).toBeVisible();
});

test('without JavaScript, and on paper, every step is there in order', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/tours/chuanshan-soviet-women/');
	const steps = page.locator('section.step');
	await expect(steps).toHaveCount(8);
	for (const step of await steps.all()) await expect(step).toBeVisible();
	await context.close();

	const printed = await browser.newPage();
	await printed.goto('/tours/chuanshan-soviet-women/');
	await expect(printed.locator('section.step:not([hidden])')).toHaveCount(1);
	await printed.emulateMedia({ media: 'print' });
	for (const step of await printed.locator('section.step').all()) await expect(step).toBeVisible();
	await expect(printed.locator('.handout svg')).toBeVisible();
	await printed.close();
});

test('a tour works inside an embed, from the step in its URL', async ({ page }) => {
	await page.goto('/en/embed/tours/women-and-the-law/?step=3');
	await expect(page.locator('.site-header')).toHaveCount(0);
	await expect(page.locator('#tour-position')).toHaveText('Step 3 of 6');
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.locator('#tour-position')).toHaveText('Step 4 of 6');
	await expect(page.locator('section.step:not([hidden]) a[href]').first()).toHaveAttribute('target', '_blank');
});
