import { describe, expect, test } from 'vitest';
import { simulate, SIMULATOR_WIDTH, type SimulatorForm } from './simulator.ts';

const form = (overrides: Partial<SimulatorForm>): SimulatorForm => ({
	strategy: 'spread',
	instances: '5',
	zones: '1',
	partitionsPerZone: '3',
	...overrides,
});

describe('simulate', () => {
	test('an allowed form gives a picture described by the same words it announces', () => {
		const view = simulate(form({}));
		expect(view.ok).toBe(true);
		expect(view.invalid).toEqual([]);
		expect(view.summary).toMatch(/^분산 배치그룹: /);
		expect(view.diagram?.desc).toBe(view.summary);
		expect(view.diagram?.scene.width).toBe(SIMULATOR_WIDTH);
		expect(view.diagram?.title).not.toMatch(/^(클러스터|파티션|분산) 배치그룹$/);
	});

	test.each([
		['8 spread instances in one zone', { instances: '8' }, ['instances'], /최대 7개/],
		['a cluster over two zones', { strategy: 'cluster', zones: '2' }, ['zones'], /단일 가용 영역/],
		['8 partitions per zone', { strategy: 'partition', partitionsPerZone: '8' }, ['partitionsPerZone'], /최대 7개/],
		['an empty instance field', { instances: '' }, ['instances'], /숫자로 입력/],
		['text where a number goes', { zones: 'abc' }, ['zones'], /숫자로 입력/],
		['a negative count', { instances: '-2' }, ['instances'], /1 이상/],
		['a fraction', { zones: '1.5' }, ['zones'], /정수/],
		['an unknown strategy', { strategy: 'random' }, ['strategy'], /알 수 없는 배치 전략/],
	])('%s is refused with the field flagged and no picture', (_name, overrides, invalid, message) => {
		const view = simulate(form(overrides));
		expect(view.ok).toBe(false);
		expect(view.invalid).toEqual(invalid);
		expect(view.summary).toMatch(/^배치할 수 없습니다\. /);
		expect(view.summary).toMatch(message);
		expect(view.diagram).toBeUndefined();
	});
});
