// Shared steps for end-to-end tests.
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has hydrated (src/routes/+layout.svelte marks <html>). A select changed or a box filled before
 * then changes only the server-rendered HTML and is lost, which made tests flaky on a busy machine.
 */
export async function hydrated(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}

/**
 * Brings into view, one after another, the parts of a page that are drawn only when the reader comes near them
 * (src/lib/ui/WhenNear.svelte: a profile's life timeline), waits until each is drawn, and goes back to the top.
 * Checks of the whole page (axe) call it first, so that they see what a reader who scrolls sees.
 */
export async function drawDeferred(page: Page) {
	const waiting = page.locator('.when-near');
	const count = await waiting.count();
	if (!count) return;
	await hydrated(page);
	for (let left = count; left > 0; left--) {
		await waiting.first().scrollIntoViewIfNeeded();
		await expect(waiting).toHaveCount(left - 1);
	}
	// …and whose code, fetched apart, has come (a profile's life timeline shows "正在载入" until then).
	await expect(page.locator('.life-pending')).toHaveCount(0);
	await page.evaluate(() => scrollTo(0, 0));
}
