import { describe, expect, test } from 'vitest';
import { placed, placementRequest } from '../../../test-support/placement.ts';
import { describePlacement, summarizeResult } from './describe.ts';
import { placeInstances } from './rules.ts';

describe('descriptions and announcements', () => {
	test.each([
		[{ strategy: 'cluster', instances: 6 }, /가용 영역 A 한 곳에서 인스턴스 6개를 나란히 붙은 랙 2개/],
		[{ strategy: 'partition', instances: 6, partitionsPerZone: 3 }, /가용 영역 A를 파티션 3개로 나누고/],
		[{ strategy: 'partition', instances: 6, zones: 2, partitionsPerZone: 3 }, /가용 영역 2개\(A 3개, B 3개\)/],
		[{ strategy: 'spread', instances: 4 }, /가용 영역 A 안의 인스턴스 4개를 하나씩 서로 다른 랙/],
		[{ strategy: 'spread', instances: 9, zones: 2 }, /가용 영역 2개\(A 5개, B 4개\)/],
	])('describes %j', (overrides, expected) => {
		expect(describePlacement(placed(overrides))).toMatch(expected);
	});

	test('a refused request is announced with its reason', () => {
		expect(summarizeResult(placeInstances(placementRequest({ strategy: 'cluster', zones: 2 })))).toMatch(
			/^배치할 수 없습니다\. 클러스터 배치그룹은 단일 가용 영역/,
		);
	});

	test('a placed request is announced with its strategy name', () => {
		expect(summarizeResult(placeInstances(placementRequest({ strategy: 'spread' })))).toMatch(/^분산 배치그룹: /);
	});
});
