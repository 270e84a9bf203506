// A student tests herself on a period; a teacher shares the same set of questions by its link.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { hydrated } from './app';

interface OpenEvent {
	id: string;
	date: { year: number };
	places: string[];
}

async function eventsById(request: APIRequestContext) {
	const { events } = (await (await request.get('/data/events.json')).json()) as { events: OpenEvent[] };
	return new Map(events.map((e) => [e.id, e]));
}

const questions = (page: Page) => page.locator('fieldset.question');
const legends = (page: Page) => questions(page).locator('legend').allTextContents();

test('answers are checked against the data: the year, the earliest event, the place on the map', async ({
	page,
	request
}) => {
	const events = await eventsById(request);
	await page.goto('/quiz/?era=revolution&seed=5');
	await hydrated(page);
	await expect(questions(page)).toHaveCount(6);

	for (let i = 0; i < 6; i++) {
		const question = questions(page).nth(i);
		const item = page.locator('ol.questions > li').nth(i);
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: '核对' }).click();
		await expect(question.getByRole('radio').first()).toBeDisabled();
		const feedback = item.locator('.feedback');
		await expect(feedback).toContainText(/答对了|正确答案是/);
		const right = (await question.locator('label.right').textContent())!.trim();
		const id = (await feedback.getByRole('link').getAttribute('href'))!.match(/\/events\/([^/]+)\//)![1];
		const event = events.get(id)!;
		expect(event.date.year, id).toBeGreaterThanOrEqual(1921);
		expect(event.date.year, id).toBeLessThanOrEqual(1949);
		const kind = await question.getAttribute('data-kind');
		if (kind === 'when') expect(right).toBe(`${event.date.year}年`);
		if (kind === 'first') {
			// After checking, each option shows its year; the right one is the earliest.
			const years = (await question.locator('label').allTextContents()).map((t) =>
				Number(t.match(/（(\d{4})年）/)![1])
			);
			expect(right).toContain(`（${Math.min(...years)}年）`);
			expect(event.date.year).toBe(Math.min(...years));
		}
		if (kind === 'where') expect(event.places).toHaveLength(1);
		await expect(page.getByTestId('quiz-score')).toContainText(`已核对${i + 1}题`);
	}

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the link holds the set: the same link gives the same questions, "new questions" gives others', async ({
	page
}) => {
	await page.goto('/en/quiz/?seed=12345');
	await hydrated(page);
	const first = await legends(page);
	await page.reload();
	await hydrated(page);
	await expect.poll(() => legends(page)).toEqual(first);

	await page.getByRole('button', { name: 'New questions' }).click();
	await expect(page).toHaveURL(/seed=(?!12345\b)\d+/);
	await expect.poll(() => legends(page)).not.toEqual(first);
	const seed = new URL(page.url()).searchParams.get('seed');
	const second = await legends(page);
	await page.goto(`/en/quiz/?seed=${seed}`);
	await hydrated(page);
	await expect.poll(() => legends(page)).toEqual(second);

	await page.getByLabel('Period').selectOption({ label: 'Reform, Opening-up and Socialist Modernisation' });
	await expect(page).toHaveURL(/era=reform/);
});

test('an era page links to questions on that era', async ({ page }) => {
	await page.goto('/eras/construction/');
	await page.getByRole('link', { name: '这个时期的自测题' }).click();
	await expect(page).toHaveURL(/\/quiz\/\?era=construction$/);
	await hydrated(page);
	await expect(page.getByLabel('时期')).toHaveValue('construction');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every question can still show its answer', async ({ page }) => {
		await page.goto('/quiz/');
		await expect(questions(page)).toHaveCount(6);
		const answers = page.locator('ol.questions details');
		await expect(answers).toHaveCount(6);
		await answers.first().locator('summary').click();
		await expect(answers.first().getByRole('link', { name: '读读这件事' })).toBeVisible();
	});
});
