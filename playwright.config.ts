import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test-support/chromium.ts';
import { BASE_PATH, ORIGIN, PORT, SITE_ROOT } from './test-support/site.ts';

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// The machines have two cores; more workers only contend with the static server.
	workers: 2,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: SITE_ROOT,
		locale: 'ko-KR',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	projects: [{ name: 'chromium' }],
	webServer: {
		// The suite tests what deploys: the production build, served under the base path like GitHub Pages.
		command: 'npm run build && npm run preview',
		url: SITE_ROOT,
		timeout: 240_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { BASE_PATH, SITE_URL: ORIGIN, PORT: String(PORT), ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
