import { describe, expect, test } from 'vitest';
import { placed, placementRequest } from '../../../test-support/placement.ts';
import {
	MAX_PARTITIONS_PER_ZONE,
	MAX_SPREAD_INSTANCES_PER_ZONE,
	parseCount,
	placeInstances,
	RACK_SLOTS,
	SIMULATOR_MAX_INSTANCES,
	SIMULATOR_MAX_ZONES,
	type Placement,
} from './rules.ts';

/** Every instance number with the zone, partition and rack it landed on. */
function landings(placement: Placement) {
	return placement.zones.flatMap((zone, z) =>
		zone.groups.flatMap((group) =>
			group.racks.flatMap((rack, r) => rack.instances.map((n) => ({ n, z, partition: group.partition, rack: r }))),
		),
	);
}

test('aws limits are the documented ones', () => {
	expect(MAX_PARTITIONS_PER_ZONE).toBe(7);
	expect(MAX_SPREAD_INSTANCES_PER_ZONE).toBe(7);
});

describe('limits each strategy allows up to the edge', () => {
	test.each([
		['cluster in one zone', { strategy: 'cluster', instances: SIMULATOR_MAX_INSTANCES, zones: 1 }],
		['partition with 7 partitions per zone', { strategy: 'partition', partitionsPerZone: 7, zones: 3 }],
		['partition with 1 partition', { strategy: 'partition', partitionsPerZone: 1, instances: 1 }],
		['partition over every zone the simulator draws', { strategy: 'partition', zones: SIMULATOR_MAX_ZONES }],
		['spread with exactly 7 instances in one zone', { strategy: 'spread', instances: 7, zones: 1 }],
		['spread with 8 instances over 2 zones', { strategy: 'spread', instances: 8, zones: 2 }],
		['spread with 28 instances over 4 zones', { strategy: 'spread', instances: 28, zones: 4 }],
		['spread with more zones than instances', { strategy: 'spread', instances: 2, zones: 3 }],
	])('%s', (_name, overrides) => {
		expect(placeInstances(placementRequest(overrides)).ok).toBe(true);
	});
});

describe('rule violations are refused with a Korean reason', () => {
	test.each([
		['cluster across 2 zones', { strategy: 'cluster', zones: 2 }, 'zones', /단일 가용 영역/],
		[
			'partition with 8 partitions per zone',
			{ strategy: 'partition', partitionsPerZone: 8 },
			'partitionsPerZone',
			/최대 7개/,
		],
		[
			'spread with 8 instances in one zone',
			{ strategy: 'spread', instances: 8, zones: 1 },
			'instances',
			/최대 7개.*2개 이상/,
		],
		[
			'spread with 15 instances over 2 zones',
			{ strategy: 'spread', instances: 15, zones: 2 },
			'instances',
			/한 가용 영역에 8개.*3개 이상/,
		],
	])('%s', (_name, overrides, field, message) => {
		const result = placeInstances(placementRequest(overrides));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.field).toBe(field);
		expect(result.problems[0]?.message).toMatch(message);
	});
});

describe('bad input gives an error result, never an exception', () => {
	test.each([
		['zero instances', { instances: 0 }, 'instances', /1 이상/],
		['negative instances', { instances: -3 }, 'instances', /1 이상/],
		['fractional instances', { instances: 2.5 }, 'instances', /정수/],
		['NaN instances', { instances: Number.NaN }, 'instances', /숫자로 입력/],
		['huge instances', { instances: 1e21 }, 'instances', new RegExp(`최대 ${SIMULATOR_MAX_INSTANCES}개`)],
		['infinite instances', { instances: Number.POSITIVE_INFINITY }, 'instances', /최대/],
		['negative infinity', { instances: Number.NEGATIVE_INFINITY }, 'instances', /1 이상/],
		['zero zones', { zones: 0 }, 'zones', /가용 영역 수는 1 이상/],
		['too many zones', { zones: SIMULATOR_MAX_ZONES + 1 }, 'zones', /가용 영역을 최대/],
		['fractional zones', { zones: 1.5 }, 'zones', /정수/],
		['zero partitions', { strategy: 'partition', partitionsPerZone: 0 }, 'partitionsPerZone', /1 이상/],
		['NaN partitions', { strategy: 'partition', partitionsPerZone: Number.NaN }, 'partitionsPerZone', /숫자로/],
		['fractional partitions', { strategy: 'partition', partitionsPerZone: 6.5 }, 'partitionsPerZone', /정수/],
		['unknown strategy', { strategy: 'host' }, 'strategy', /알 수 없는 배치 전략.*"host"/],
		['empty strategy', { strategy: '' }, 'strategy', /알 수 없는 배치 전략/],
		['strategy in Korean', { strategy: '분산' }, 'strategy', /클러스터, 파티션, 분산 중에서/],
	])('%s', (_name, overrides, field, message) => {
		const result = placeInstances(placementRequest(overrides));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((problem) => problem.field)).toContain(field);
		expect(result.problems.find((problem) => problem.field === field)?.message).toMatch(message);
	});

	test('every bad count is reported at once', () => {
		const result = placeInstances(
			placementRequest({ strategy: 'partition', instances: -1, zones: Number.NaN, partitionsPerZone: 99 }),
		);
		expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual([
			'instances',
			'zones',
			'partitionsPerZone',
		]);
	});

	test('partition count is ignored by strategies that have no partitions', () => {
		expect(placeInstances(placementRequest({ strategy: 'spread', partitionsPerZone: Number.NaN })).ok).toBe(true);
	});

	test('values that are not numbers at all are refused', () => {
		const fromUntypedCode = { ...placementRequest({}), instances: '4' as unknown as number };
		expect(placeInstances(fromUntypedCode).ok).toBe(false);
	});
});

describe('where instances land', () => {
	test('cluster packs every instance onto neighbouring racks of one zone', () => {
		const placement = placed({ strategy: 'cluster', instances: 6 });
		expect(placement.zones).toHaveLength(1);
		expect(placement.zones[0]?.groups[0]?.racks.map((rack) => rack.instances)).toEqual([
			[1, 2, 3, 4],
			[5, 6],
		]);
	});

	test('partition spreads instances evenly over partitions and no two partitions share a rack', () => {
		const placement = placed({ strategy: 'partition', instances: 10, zones: 2, partitionsPerZone: 3 });
		const spots = landings(placement);
		expect(spots.map((spot) => spot.n).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const sizes = placement.zones.flatMap((zone) =>
			zone.groups.map((group) => group.racks.reduce((n, rack) => n + rack.instances.length, 0)),
		);
		expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
		expect(placement.zones.map((zone) => zone.groups.map((group) => group.partition))).toEqual([
			[1, 2, 3],
			[1, 2, 3],
		]);
	});

	test('a partition with more instances than a rack holds gets a second rack of its own', () => {
		const placement = placed({ strategy: 'partition', instances: RACK_SLOTS + 1, partitionsPerZone: 1 });
		expect(placement.zones[0]?.groups[0]?.racks.map((rack) => rack.instances.length)).toEqual([RACK_SLOTS, 1]);
	});

	test('spread puts every instance on a rack of its own, at most 7 per zone', () => {
		const placement = placed({ strategy: 'spread', instances: 20, zones: 3 });
		const racks = placement.zones.flatMap((zone) => zone.groups.flatMap((group) => group.racks));
		expect(racks).toHaveLength(20);
		expect(racks.every((rack) => rack.instances.length === 1)).toBe(true);
		expect(landings(placement).map((spot) => spot.z)).toHaveLength(20);
		for (const zone of placement.zones)
			expect(zone.groups[0]?.racks.length).toBeLessThanOrEqual(MAX_SPREAD_INSTANCES_PER_ZONE);
	});
});

describe('parseCount', () => {
	test.each([
		['3', 3],
		[' 7 ', 7],
		['2.5', 2.5],
		['-1', -1],
		['1e3', 1000],
	])('reads %j as %d', (raw, expected) => {
		expect(parseCount(raw)).toBe(expected);
	});

	test.each(['', '   ', 'abc', '3개'])('reads %j as NaN so the reader is asked for a number', (raw) => {
		expect(parseCount(raw)).toBeNaN();
	});
});
