import type { Page } from '@playwright/test';

/** One thing the page's Content-Security-Policy blocked, as the browser reported it. */
export interface CspViolation {
	page: string;
	directive: string;
	blocked: string;
	/** Where it came from (`file:line`) and the first characters of an inline script or style. */
	source: string;
	sample: string;
}

declare global {
	interface Window {
		/** Violations in this document, recorded from its first byte by the init script. */
		cspViolations?: CspViolation[];
		reportCspViolation?: (violation: CspViolation) => Promise<void>;
	}
}

/**
 * Records every CSP violation in a page, across navigations: the browser's `securitypolicyviolation` events,
 * listened to before any of the page's own scripts run, and CSP errors in the console (which also name
 * what a worker was refused). Returns the live list.
 */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
	const violations: CspViolation[] = [];
	await page.exposeFunction('reportCspViolation', (violation: CspViolation) => {
		violations.push(violation);
	});
	await page.addInitScript(() => {
		const seen: CspViolation[] = [];
		window.cspViolations = seen;
		window.addEventListener(
			'securitypolicyviolation',
			(event) => {
				const violation = {
					page: location.href,
					directive: event.effectiveDirective,
					blocked: event.blockedURI,
					source: `${event.sourceFile}:${event.lineNumber}`,
					sample: event.sample,
				};
				seen.push(violation);
				void window.reportCspViolation?.(violation);
			},
			true,
		);
	});
	page.on('console', (message) => {
		if (/content.security.policy/i.test(message.text()))
			violations.push({ page: page.url(), directive: 'console', blocked: '', source: '', sample: message.text() });
	});
	return violations;
}

/**
 * The violations seen so far: those reported from earlier documents, and those the current document holds
 * (read directly, so none is missed while its report is still on the way).
 */
export async function cspViolationsSoFar(page: Page, recorded: readonly CspViolation[]): Promise<CspViolation[]> {
	const current = await page.evaluate(() => window.cspViolations ?? []);
	const key = (violation: CspViolation) => JSON.stringify(violation);
	const reported = new Set(recorded.map(key));
	return [...recorded, ...current.filter((violation) => !reported.has(key(violation)))];
}
