import { describe, expect, test } from 'vitest';
import { sharedSetup } from './setup.ts';

describe('a setup that succeeds', () => {
	const value = sharedSetup(async () => 42, 1_000);
	test('hands its result to each test', () => {
		expect(value()).toBe(42);
	});
});

describe('a setup that throws', () => {
	const value = sharedSetup(async () => {
		throw new Error('fixture missing: notes/x.md');
	}, 1_000);
	test('rethrows its error in each test instead of skipping it', () => {
		expect(() => value()).toThrow('fixture missing: notes/x.md');
	});
});

describe('a setup that never finishes', () => {
	const value = sharedSetup(() => new Promise<number>(() => {}), 50);
	test('fails each test with a timeout message', () => {
		expect(() => value()).toThrow('the shared setup took longer than 50 ms');
	});
});
