/**
 * astro.config.mjs and everything it imports load in plain Node (type stripping), without Vite. Astro tries
 * that first and, when it throws, starts a Vite server only to load the config, which cost about 0.4 s of
 * every build and dev start. TypeScript that Node cannot strip (parameter properties, enums, namespaces) in a
 * module the config reaches brings the slow path back silently; this test names the error instead.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('astro.config.mjs loads with Node alone, as Astro first tries', () => {
	const run = spawnSync(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			"const config = (await import('./astro.config.mjs')).default; console.log(config.integrations.length);",
		],
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/aws-ec2-notes', NODE_NO_WARNINGS: '1' } },
	);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	expect(Number(run.stdout.trim())).toBeGreaterThanOrEqual(4);
});
