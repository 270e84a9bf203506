// The kiosk keeps working with the network gone and the browser restarted (REQUIREMENTS K-10), and a new version
// waits for the next reset (K-13). A persistent profile directory stands in for the kiosk's --user-data-dir.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { KIOSK_ROUTES } from './kiosk-routes';

/** The attract screen and every view of the kiosk, plus a few more pages of each kind. */
const ROUTES = [
	'/kiosk/',
	...KIOSK_ROUTES,
	'/events/zhao-yiman-executed/',
	'/eras/new-era/',
	'/tours/women-and-the-law/'
];

let profileDir: string;
test.beforeAll(() => {
	profileDir = mkdtempSync(join(tmpdir(), 'kiosk-profile-'));
});
test.afterAll(() => rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));

async function launch(offline: boolean, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profileDir, {
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
		baseURL,
		offline,
		viewport: { width: 1920, height: 1080 }
	});
}

test('after one visit online, every kiosk route loads offline in a restarted browser (K-10)', async ({ baseURL }) => {
	test.setTimeout(180_000);
	const online = await launch(false, baseURL!);
	const page = online.pages()[0] ?? (await online.newPage());
	await page.goto('/kiosk/');
	// The operator's page reports when the offline cache is complete.
	await page.goto('/kiosk/health/');
	await expect(page.getByTestId('cached')).toContainText('(complete)', { timeout: 120_000 });
	await online.close();

	const offline = await launch(true, baseURL!);
	const again = offline.pages()[0] ?? (await offline.newPage());
	expect(await again.evaluate(() => navigator.onLine).catch(() => false)).toBe(false);
	for (const path of ROUTES) {
		const response = await again.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(again.locator('h1').first(), path).toBeVisible();
		await expect(again.locator('html'), path).toHaveAttribute('data-profile', 'kiosk');
	}
	// A view with its state in the query string comes from the same cached page.
	await again.goto('/map/?year=1950');
	await expect(again.locator('.leaflet-container')).toBeVisible();
	await again.goto('/kiosk/health/');
	await expect(again.getByText('offline', { exact: true })).toBeVisible();
	await offline.close();
});

test('a new version installs in the background and starts only at the next reset (K-13)', async ({ baseURL }) => {
	test.setTimeout(180_000);
	const context = await launch(false, baseURL!);
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/kiosk/');
	await page.goto('/kiosk/health/');
	await expect(page.getByTestId('cached')).toContainText('(complete)', { timeout: 120_000 });
	const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
	expect(await controller()).toMatch(/\/service-worker\.js$/);

	// "Publish a new build": a worker script at a new URL is a new version to the browser.
	await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?next'));
	await expect(page.getByTestId('waiting')).toContainText('waiting;', { timeout: 120_000 });
	// The visit goes on with the running version, page after page.
	await page.goto('/figures/');
	await page.goto('/timeline/');
	expect(await controller()).toMatch(/\/service-worker\.js$/);

	await expect(page.locator('.kiosk-bar')).toBeVisible();
	await page.evaluate(() => (window as unknown as { kioskReset: () => Promise<void> }).kioskReset());
	await page.waitForURL(/\/kiosk\/$/);
	await expect.poll(controller).toMatch(/\/service-worker\.js\?next$/);
	await context.close();
});

test('a corrupt new version is refused and the running one stays (K-13)', async ({ browser }) => {
	test.setTimeout(180_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/kiosk/');
	await page.goto('/kiosk/health/');
	await expect(page.getByTestId('cached')).toContainText('(complete)', { timeout: 120_000 });

	// "Publish" a bundle whose files do not match its manifest, as after a damaged copy: one checksum is wrong.
	// (Playwright cannot route a service worker's requests here, so the test edits the served manifest, and puts
	// it back afterwards.)
	const manifestFile = 'build/kiosk-manifest.json';
	const original = readFileSync(manifestFile, 'utf8');
	const damaged = JSON.parse(original);
	damaged.files['/figures/zhao-yiman/'] = '0'.repeat(64);
	writeFileSync(manifestFile, JSON.stringify(damaged));
	try {
		const outcome = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.register('/service-worker.js?corrupt');
			const installing = registration.installing;
			if (!installing) return 'no install started';
			return new Promise<string>((resolve) =>
				installing.addEventListener('statechange', () => {
					if (installing.state === 'redundant' || installing.state === 'installed') resolve(installing.state);
				})
			);
		});
		expect(outcome).toBe('redundant');
	} finally {
		writeFileSync(manifestFile, original);
	}
	await page.reload();
	await expect(page.getByTestId('waiting')).toHaveText('none waiting');
	await expect(page.getByTestId('cached')).toContainText('(complete)');
	expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^exhibition-[^?]+$/)]);

	await expect(page.locator('.kiosk-bar')).toBeVisible();
	await page.evaluate(() => (window as unknown as { kioskReset: () => Promise<void> }).kioskReset());
	await page.waitForURL(/\/kiosk\/$/);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/service-worker\.js$/);
	await context.close();
});
