/**
 * What Lighthouse's simulation (Lantern) waited for before a paint: the requests it kept in the graph of the
 * first or largest contentful paint, each with the simulated times Lantern gave it. Read from Lantern's own
 * node timings, so "the HTML needed a second round trip" is Lighthouse's figure, not a model of ours.
 */

/** Lantern's default mobile round trip (`mobileSlow4G`: 150 ms), the unit of the round-trip counts below. */
export const SIMULATED_RTT_MS = 150;

/** The parts of a Lantern graph node and its simulated timing that this module reads. */
export interface SimulatedNode {
	type: string;
	request?: { url: string; transferSize: number };
	startTime?: number;
	endTime?: number;
	/** Network nodes: time from the request's start to its first byte, handshakes and DNS included. */
	timeToFirstByte?: number;
}

/** One request on the simulated path to a paint. */
export interface SimulatedRequest {
	url: string;
	/** Bytes on the wire (headers and gzip body), as Lantern simulated them. */
	bytes: number;
	start: number;
	firstByte: number;
	end: number;
	/** Round trips after the first byte: 0 when the response fits in the first congestion window (10 × 1,460 B). */
	extraRoundTrips: number;
}

/** A paint's simulated path: the requests it waited for, in order of their start, and the CPU time it included. */
export interface PaintPath {
	requests: SimulatedRequest[];
	cpuMs: number;
	/** When the last node of the graph ended: the simulated metric before Lantern averages its two graphs. */
	endMs: number;
}

/** Summarises one Lantern simulation (its nodes and their timings) as the requests and CPU time of a paint. */
export function paintPath(nodes: readonly SimulatedNode[], rttMs = SIMULATED_RTT_MS): PaintPath {
	const requests: SimulatedRequest[] = [];
	let cpuMs = 0;
	let endMs = 0;
	for (const node of nodes) {
		const start = node.startTime ?? 0;
		const end = node.endTime ?? start;
		endMs = Math.max(endMs, end);
		if (node.type === 'cpu') cpuMs += end - start;
		else if (node.request) {
			const firstByte = start + (node.timeToFirstByte ?? 0);
			requests.push({
				url: node.request.url,
				bytes: node.request.transferSize,
				start,
				firstByte,
				end,
				// Lantern's download after the first byte is a whole number of round trips; rounding absorbs float noise.
				extraRoundTrips: Math.round((end - firstByte) / rttMs),
			});
		}
	}
	requests.sort((a, b) => a.start - b.start || a.url.localeCompare(b.url));
	return { requests, cpuMs, endMs };
}
