import { beforeAll } from 'vitest';

/**
 * Runs a test file's expensive setup once, before its tests, and returns a getter for its result.
 * Vitest reports every test of a file as skipped when a `beforeAll` throws; here a failed (or timed-out)
 * setup is caught and rethrown by the getter, so each test fails with the setup's own message instead.
 */
export function sharedSetup<T>(setup: () => Promise<T>, timeoutMs: number): () => T {
	let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
	beforeAll(async () => {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`the shared setup took longer than ${timeoutMs} ms`)), timeoutMs);
		});
		try {
			outcome = { ok: true, value: await Promise.race([setup(), timeout]) };
		} catch (error) {
			outcome = { ok: false, error };
		} finally {
			clearTimeout(timer);
		}
		// The hook's own limit is looser than the race above, so the hook itself never fails.
	}, timeoutMs + 10_000);
	return () => {
		if (!outcome) throw new Error('the shared setup never ran');
		if (!outcome.ok) throw outcome.error;
		return outcome.value;
	};
}
