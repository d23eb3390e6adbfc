import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const INSTALL_HINT =
	'Chromium not found. Install it with `apt-get update && apt-get install -y chromium fonts-noto-cjk`, ' +
	'or set CHROMIUM_PATH to a Chromium/Chrome binary (in GitHub Actions: `npx playwright install --with-deps chromium`).';

/**
 * Finds the browser for the tests: `CHROMIUM_PATH` if set, else Debian's Chromium, else Playwright's own
 * download (present in GitHub Actions, where `npx playwright install` works).
 * `npx playwright install` cannot download on the development machines, so Debian's package is the default.
 * @throws one line saying how to install Chromium when none is found.
 */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH?.trim();
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
		return fromEnv;
	}
	// Not /usr/bin/chromium-browser: on Ubuntu that is a snap launcher that cannot run headless in CI.
	const candidates = ['/usr/bin/chromium', chromium.executablePath()];
	const found = candidates.find((path) => path && existsSync(path));
	if (!found) throw new Error(INSTALL_HINT);
	return found;
}

/** Flags for a headless Chromium on a machine without outside network (see README, "테스트"). */
export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// No host but the local test server resolves, so a page that would call a CDN fails fast instead of
	// sending anything off the machine; e2e/privacy.spec.ts reports such requests before they get here.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
