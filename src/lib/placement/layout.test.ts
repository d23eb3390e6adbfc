import { describe, expect, test } from 'vitest';
import {
	MAX_PARTITIONS_PER_ZONE,
	placeInstances,
	SIMULATOR_MAX_INSTANCES,
	SIMULATOR_MAX_ZONES,
	STRATEGIES,
	type PlacementRequest,
} from './rules.ts';
import { flow, layoutPlacement, ZONE_NOTES } from './layout.ts';
import { contains, overlaps, type RectShape, type Scene, type TextShape } from '../diagrams/scene.ts';
import { placed } from '../../../test-support/placement.ts';
import { sceneProblems } from '../../../test-support/scene-checks.ts';
import { SIMULATOR_WIDTH as WIDTH } from './simulator.ts';

const rects = (scene: Scene, className: string) =>
	scene.shapes.filter((shape): shape is RectShape => shape.kind === 'rect' && shape.className === className);
const labels = (scene: Scene, className: string) =>
	scene.shapes.filter((shape): shape is TextShape => shape.kind === 'text' && shape.className === className);

/** Every request the simulator accepts. */
function* acceptedRequests(): Generator<PlacementRequest> {
	for (const strategy of STRATEGIES)
		for (let instances = 1; instances <= SIMULATOR_MAX_INSTANCES; instances++)
			for (let zones = 1; zones <= SIMULATOR_MAX_ZONES; zones++)
				for (
					let partitionsPerZone = 1;
					partitionsPerZone <= (strategy === 'partition' ? MAX_PARTITIONS_PER_ZONE : 1);
					partitionsPerZone++
				) {
					const request = { strategy, instances, zones, partitionsPerZone };
					if (placeInstances(request).ok) yield request;
				}
}

describe('flow', () => {
	test('wraps items that do not fit and centres each row', () => {
		const item = { width: 40, height: 10 };
		const { positions, height } = flow([item, item, item], 100, 10);
		expect(positions).toEqual([
			{ x: 5, y: 0 },
			{ x: 55, y: 0 },
			{ x: 30, y: 18 },
		]);
		expect(height).toBe(28);
	});

	test('an empty list takes no room', () => {
		expect(flow([], 100, 10)).toEqual({ positions: [], height: 0 });
	});
});

test('every accepted request draws a sound picture at the simulator width, each instance once', () => {
	let count = 0;
	for (const request of acceptedRequests()) {
		count++;
		const scene = layoutPlacement(placed(request), WIDTH);
		const where = JSON.stringify(request);
		expect(sceneProblems(scene), where).toEqual([]);
		const numbers = labels(scene, 'instance-label').map((label) => Number(label.text));
		expect(
			numbers.sort((a, b) => a - b),
			where,
		).toEqual(Array.from({ length: request.instances }, (_, index) => index + 1));
		expect(rects(scene, 'zone'), where).toHaveLength(request.zones);
	}
	expect(count).toBeGreaterThan(800);
});

describe('each strategy draws its own hardware rule', () => {
	test('cluster: neighbouring racks share one network bar', () => {
		const scene = layoutPlacement(
			placed({ strategy: 'cluster', instances: 10, zones: 1, partitionsPerZone: 1 }),
			WIDTH,
		);
		const racks = rects(scene, 'rack');
		const bars = rects(scene, 'network');
		expect(racks).toHaveLength(3);
		expect(bars).toHaveLength(1);
		expect(bars[0]!.width).toBeGreaterThan(racks[0]!.width * 2);
		expect(labels(scene, 'note').map((label) => label.text)).toEqual([ZONE_NOTES.cluster]);
	});

	test('partition: every rack lies in exactly one partition, and partitions do not overlap', () => {
		const scene = layoutPlacement(
			placed({ strategy: 'partition', instances: 20, zones: 2, partitionsPerZone: 7 }),
			WIDTH,
		);
		const partitions = rects(scene, 'partition');
		expect(partitions).toHaveLength(14);
		for (const rack of rects(scene, 'rack'))
			expect(partitions.filter((partition) => contains(partition, rack))).toHaveLength(1);
		partitions.forEach((partition, index) => {
			for (const other of partitions.slice(index + 1)) expect(overlaps(partition, other)).toBe(false);
		});
		expect(
			labels(scene, 'group-label')
				.map((label) => label.text)
				.slice(0, 7),
		).toEqual(Array.from({ length: 7 }, (_, index) => `파티션 ${index + 1}`));
	});

	test('partition: an empty partition says so instead of drawing a rack', () => {
		const scene = layoutPlacement(
			placed({ strategy: 'partition', instances: 2, zones: 1, partitionsPerZone: 3 }),
			WIDTH,
		);
		expect(rects(scene, 'rack')).toHaveLength(2);
		expect(labels(scene, 'note').map((label) => label.text)).toContain('비어 있음');
	});

	test('spread: one instance and one network bar per rack', () => {
		const scene = layoutPlacement(placed({ strategy: 'spread', instances: 7, zones: 1, partitionsPerZone: 1 }), WIDTH);
		const racks = rects(scene, 'rack');
		expect(racks).toHaveLength(7);
		expect(rects(scene, 'network')).toHaveLength(7);
		for (const rack of racks) expect(rects(scene, 'instance').filter((slot) => contains(rack, slot))).toHaveLength(1);
	});

	test('spread: a zone left without instances says so', () => {
		const scene = layoutPlacement(placed({ strategy: 'spread', instances: 1, zones: 2, partitionsPerZone: 1 }), WIDTH);
		expect(labels(scene, 'note').map((label) => label.text)).toContain('인스턴스 없음');
	});
});

test('a minimum height stretches the last zone and keeps its note at the foot', () => {
	const placement = placed({ strategy: 'spread', instances: 2, zones: 1, partitionsPerZone: 1 });
	const natural = layoutPlacement(placement, WIDTH);
	const stretched = layoutPlacement(placement, WIDTH, natural.height + 40);
	const noteToFoot = (scene: Scene) => {
		const zone = rects(scene, 'zone')[0]!;
		return zone.y + zone.height - labels(scene, 'note')[0]!.y;
	};
	expect(stretched.height).toBe(natural.height + 40);
	expect(noteToFoot(stretched)).toBeCloseTo(noteToFoot(natural));
	expect(sceneProblems(stretched)).toEqual([]);
});
