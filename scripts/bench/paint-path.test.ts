import { describe, expect, test } from 'vitest';
import { paintPath, type SimulatedNode } from './paint-path.ts';

const documentUrl = 'http://127.0.0.1/aws-ec2-notes/';
const network = (url: string, bytes: number, start: number, firstByte: number, end: number): SimulatedNode => ({
	type: 'network',
	request: { url, transferSize: bytes },
	startTime: start,
	endTime: end,
	timeToFirstByte: firstByte - start,
});

describe('paintPath', () => {
	test.each([
		{ name: 'a document in the first congestion window', end: 607, extra: 0 },
		{ name: 'a document that needs a second window', end: 757, extra: 1 },
		{ name: 'a document that needs two more windows, with float noise', end: 907.0001, extra: 2 },
	])('counts round trips after the first byte: $name', ({ end, extra }) => {
		const { requests } = paintPath([network(documentUrl, 20_000, 0, 607, end)]);
		expect(requests).toEqual([
			{ url: documentUrl, bytes: 20_000, start: 0, firstByte: 607, end, extraRoundTrips: extra },
		]);
	});

	test('adds up CPU time, orders requests by start and ends at the last node', () => {
		const css = 'http://127.0.0.1/aws-ec2-notes/_astro/site.css';
		const path = paintPath([
			network(css, 11_000, 607, 764, 765),
			{ type: 'cpu', startTime: 607, endTime: 658 },
			network(documentUrl, 10_000, 0, 607, 607),
			{ type: 'cpu', startTime: 765, endTime: 800 },
		]);
		expect(path.requests.map(({ url }) => url)).toEqual([documentUrl, css]);
		expect(path.cpuMs).toBe(51 + 35);
		expect(path.endMs).toBe(800);
	});

	test('an empty simulation waited for nothing', () => {
		expect(paintPath([])).toEqual({ requests: [], cpuMs: 0, endMs: 0 });
	});
});
