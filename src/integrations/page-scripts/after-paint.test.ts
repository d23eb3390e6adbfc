import { describe, expect, test } from 'vitest';
import { SETTLE_MS } from '../../lib/site/after-paint.ts';
import { AFTER_PAINT_LOADER, loadModulesAfterPaint } from './after-paint.ts';

const module = (src: string) => `<script type="module" src="${src}"></script>`;
const loader = (...urls: string[]) => `<script data-modules="${urls.join(' ')}">${AFTER_PAINT_LOADER}</script>`;

describe('loadModulesAfterPaint', () => {
	test.each([
		{
			name: 'module scripts in <head> and <body>, in document order',
			html: `<head>${module('/a.js')}</head><body><p>x</p>${module('/b.js')}</body>`,
			expected: `<head></head><body><p>x</p>${loader('/a.js', '/b.js')}</body>`,
		},
		{
			name: 'inline module and classic scripts, which stay',
			html: `<head><script>theme()</script>${module('/a.js')}</head><body><script type="module">island()</script></body>`,
			expected: `<head><script>theme()</script></head><body><script type="module">island()</script>${loader('/a.js')}</body>`,
		},
		{
			name: 'a page without module scripts, which is left as it was',
			html: '<head><script>theme()</script></head><body></body>',
			expected: '<head><script>theme()</script></head><body></body>',
		},
	])('moves $name', ({ html, expected }) => {
		expect(loadModulesAfterPaint(html)).toBe(expected);
	});

	test('refuses a URL the space-separated list could not hold', () => {
		expect(() => loadModulesAfterPaint(`<body>${module('/a b.js')}</body>`)).toThrow(/has a space/);
	});

	test('the loader imports once the page has loaded and its largest paint has settled', () => {
		const imported: string[] = [];
		const listeners = new Map<string, () => void>();
		let timers: { callback: () => void; ms: number }[] = [];
		let reportPaint = () => {};
		let observing: unknown;
		let disconnected = false;
		class PaintObserver {
			constructor(callback: () => void) {
				reportPaint = callback;
			}
			observe(options: unknown) {
				observing = options;
			}
			disconnect() {
				disconnected = true;
			}
		}
		// The loader's `import(url)` is a call here, so the test sees what it would fetch and when.
		const run = new Function(
			'document',
			'addEventListener',
			'setTimeout',
			'clearTimeout',
			'PerformanceObserver',
			'load',
			AFTER_PAINT_LOADER.replace('import(url)', 'load(url)'),
		);
		const pending = () => timers.map(({ ms }) => ms);
		run(
			{ currentScript: { dataset: { modules: '/a.js /b.js' } } },
			(type: string, listener: () => void) => listeners.set(type, listener),
			(callback: () => void, ms: number) => timers.push({ callback, ms }) - 1,
			(id: number | undefined) => {
				if (id !== undefined) timers = timers.filter((_timer, index) => index !== id);
			},
			PaintObserver,
			(url: string) => imported.push(url),
		);
		expect([...listeners.keys()]).toEqual(['load']);
		expect(pending()).toEqual([]);

		listeners.get('load')!();
		expect(observing).toEqual({ type: 'largest-contentful-paint', buffered: true });
		expect(pending()).toEqual([SETTLE_MS]);

		// A largest paint after load restarts the wait.
		reportPaint();
		expect(pending()).toEqual([SETTLE_MS]);
		expect(imported).toEqual([]);

		timers.at(-1)!.callback();
		expect(imported).toEqual(['/a.js', '/b.js']);
		expect(disconnected).toBe(true);
	});
});
