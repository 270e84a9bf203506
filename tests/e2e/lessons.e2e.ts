// A teacher builds a lesson, shares its link, and the class opens exactly that lesson.
import { expect, test } from '@playwright/test';

test("the builder's link round-trips its selection into the lesson, and back into the builder to edit", async ({
	page
}) => {
	await page.goto('/lessons/');
	await expect(page.locator('form.builder')).toHaveAttribute('data-ready', 'true');
	await page.getByLabel('时期').selectOption({ label: '新民主主义革命时期' });
	await page.getByRole('group', { name: '主题' }).getByLabel('法律与权益').check();
	await page.getByRole('group', { name: '人物' }).getByLabel('赵一曼').check();
	await page
		.getByRole('group', { name: /事件/ })
		.getByLabel(/以“李一超”之名撰文争取求学权/)
		.check();
	await page.getByLabel('引导：一步一步看所选人物和事件').check();
	await page.getByRole('radio', { name: '地图' }).check();
	await page.getByLabel('给学生的问题或任务').fill('她为什么要争取读书的权利？');

	const link = await page.getByRole('textbox', { name: '链接', exact: true }).inputValue();
	// data/site.json still has its placeholder address, so the link is on the address the builder was opened at.
	expect(link.startsWith(new URL(page.url()).origin + '/lessons/view/?')).toBe(true);
	expect(await page.getByLabel('嵌入代码').inputValue()).not.toContain('exhibition.example');
	const params = new URL(link).searchParams;
	expect(params.get('era')).toBe('revolution');
	expect(params.get('figures')).toBe('zhao-yiman');
	await expect(page.getByRole('img', { name: '这节课的二维码' })).toBeVisible();
	expect(await page.getByLabel('嵌入代码').inputValue()).toContain('/embed/lessons/view/?');

	await page.getByTestId('lesson-preview').click();
	await expect(page).toHaveURL(/\/lessons\/view\/\?/);
	await expect(page.getByTestId('lesson-prompt')).toContainText('她为什么要争取读书的权利？');
	await expect(page.locator('#tour-position')).toHaveText('第1步，共2步');
	await expect(page.locator('section.step:not([hidden]) h2')).toContainText('赵一曼');
	await page.getByRole('button', { name: '下一步 →' }).click();
	await expect(page.locator('section.step:not([hidden]) h2')).toContainText('以“李一超”之名撰文争取求学权');
	await expect(page.getByTestId('lesson-start')).toHaveAttribute('href', '/map/?from=1921&to=1949&figure=zhao-yiman');

	await page.getByRole('link', { name: '修改这节课' }).click();
	await expect(page.locator('form.builder')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByLabel('给学生的问题或任务')).toHaveValue('她为什么要争取读书的权利？');
	await expect(page.getByRole('group', { name: '人物' }).getByLabel('赵一曼')).toBeChecked();
	expect(await page.getByRole('textbox', { name: '链接', exact: true }).inputValue()).toBe(link);
});

test('a free lesson lists its items, and a bad link falls back without an error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/en/lessons/view/?events=marriage-law-1950,nope&mode=free&start=tour:two-lives&era=ming');
	await expect(page.getByTestId('lesson-items').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('lesson-items')).toContainText('Marriage Law');
	await expect(page.getByTestId('lesson-start')).toHaveAttribute('href', '/en/tours/two-lives/');
	await page.goto('/lessons/view/?start=%ZZ&mode=&figures=');
	await expect(page.getByTestId('lesson-start')).toHaveAttribute('href', '/timeline/');
	expect(errors).toEqual([]);
});

test('a lesson page carries summaries in its own language only, and a guided lesson shows them', async ({
	page,
	request
}) => {
	// Summaries are most of a lesson page's weight (it holds every record), so each language ships its own.
	const { events } = (await (await request.get('/data/events.json')).json()) as {
		events: { id: string; summary: { zh: string; en: string } }[];
	};
	const { summary } = events.find((e) => e.id === 'marriage-law-1950')!;
	const english = await (await request.get('/en/lessons/view/')).text();
	const chinese = await (await request.get('/lessons/view/')).text();
	expect(english).toContain(summary.en.slice(0, 40));
	expect(english).not.toContain(summary.zh.slice(0, 20));
	expect(chinese).toContain(summary.zh.slice(0, 20));
	expect(chinese).not.toContain(summary.en.slice(0, 40));

	await page.goto('/en/lessons/view/?events=marriage-law-1950&mode=guided');
	await expect(page.locator('section.step:not([hidden])')).toContainText(summary.en.slice(0, 40));
});

test('a lesson prints as a handout with its QR code, and works in an embed', async ({ page }) => {
	await page.goto('/embed/lessons/view/?figures=jiang-zhujun&mode=guided&prompt=Q');
	await expect(page.locator('.site-header')).toHaveCount(0);
	await expect(page.locator('#tour-position')).toHaveText('第1步，共1步');
	await page.goto('/lessons/view/?figures=jiang-zhujun&mode=free&prompt=Q');
	await expect(page.getByRole('button', { name: '打印讲义' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.handout svg')).toBeVisible();
	await expect(page.locator('.handout figcaption')).toHaveText(
		/^https?:\/\/\S+\/lessons\/view\/\?figures=jiang-zhujun/
	);
	// Each chosen figure is followed on paper by the address of her page.
	await expect(page.getByTestId('lesson-items').locator('.printed-address')).toHaveText(
		/^https?:\/\/\S+\/figures\/jiang-zhujun\/$/
	);
	await expect(page.getByRole('link', { name: '修改这节课' })).toBeHidden();
	await expect(page.getByRole('button', { name: '打印讲义' })).toBeHidden();
	await expect(page.getByTestId('lesson-start')).toBeHidden();
	// Room to write the answer under the teacher's question.
	await expect(page.locator('.answer-lines > div')).toHaveCount(6);
	await expect(page.locator('.answer-lines')).toBeVisible();

	// A lesson with a long question has a link nobody would type: the handout says to scan instead.
	const prompt = encodeURIComponent('请比较两位女性走上革命道路的经历，并说说她们各自的选择。'.repeat(3));
	await page.emulateMedia({ media: 'screen' });
	await page.goto(`/lessons/view/?figures=jiang-zhujun,zhao-yiman&mode=free&prompt=${prompt}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.handout figcaption')).toHaveText('用手机扫描二维码，打开这节课的在线页面。');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the builder says it needs JavaScript and keeps its choices disabled, so none is silently lost', async ({
		page
	}) => {
		await page.goto('/lessons/');
		// (Playwright's text search skips <noscript>, so the note is found by its place.)
		const note = page.locator('noscript .notice');
		await expect(note).toBeVisible();
		await expect(note).toContainText('编排课程需要浏览器启用 JavaScript');
		await expect(page.getByLabel('时期')).toBeDisabled();
		await expect(page.getByRole('group', { name: '人物' }).getByLabel('赵一曼')).toBeDisabled();
		await expect(page.getByLabel('给学生的问题或任务')).toBeDisabled();
	});
});
