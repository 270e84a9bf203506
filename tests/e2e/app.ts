// Shared steps for end-to-end tests.
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has hydrated (src/routes/+layout.svelte marks <html>). A select changed or a box filled before
 * then changes only the server-rendered HTML and is lost, which made tests flaky on a busy machine.
 */
export async function hydrated(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}
