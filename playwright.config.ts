import { defineConfig, devices } from '@playwright/test';

// Debian's chromium (never a downloaded browser: `playwright install` cannot run offline).
// One worker: the machines have 2 cores, and the static server plus Chromium already use both.
// E2E_PORT lets a second working copy run its own server alongside (the default is the preview port).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	reporter: [['list']],
	outputDir: 'test-results',
	use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', screenshot: 'only-on-failure' },
	projects: [
		{
			name: 'debian-chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
					// The background-networking flags stop Chromium calling Google, which this closed network refuses.
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-dev-shm-usage'
					]
				}
			}
		}
	],
	webServer: {
		command: `node scripts/serve.mjs build ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
