import { describePlacement } from './describe.ts';
import {
	MAX_PARTITIONS_PER_ZONE,
	MAX_SPREAD_INSTANCES_PER_ZONE,
	placeInstances,
	STRATEGIES,
	STRATEGY_LABELS,
	type Placement,
	type PlacementRequest,
	type Strategy,
} from './rules.ts';
import { layoutPlacement } from './layout.ts';
import type { DiagramSpec } from '../diagrams/scene.ts';

/**
 * Width of the three side-by-side placement pictures. A desktop content column gives each about
 * 200 px, so labels render near their 12-unit size there and larger on a phone.
 */
export const PLACEMENT_DIAGRAM_WIDTH = 200;

/** The small example each static picture draws: few enough instances to read at a glance. */
export const PLACEMENT_EXAMPLES: Readonly<Record<Strategy, PlacementRequest>> = {
	cluster: { strategy: 'cluster', instances: 6, zones: 1, partitionsPerZone: 1 },
	partition: { strategy: 'partition', instances: 6, zones: 1, partitionsPerZone: 3 },
	spread: { strategy: 'spread', instances: 4, zones: 1, partitionsPerZone: 1 },
};

/** The rule each picture cannot show by itself, added to its description. */
const RULES: Readonly<Record<Strategy, string>> = {
	cluster: '클러스터 배치그룹은 단일 가용 영역에만 둘 수 있습니다(같은 리전의 피어링된 VPC에는 걸칠 수 있음).',
	partition: `가용 영역당 파티션은 최대 ${MAX_PARTITIONS_PER_ZONE}개이고, 한 리전의 여러 가용 영역에 걸칠 수 있습니다.`,
	spread: `그룹당 가용 영역별로 실행 중인 인스턴스는 최대 ${MAX_SPREAD_INSTANCES_PER_ZONE}개이고, 여러 가용 영역에 걸칠 수 있습니다.`,
};

/**
 * The static picture of one strategy, drawn from the same rules and layout as the simulator.
 * @throws if an example breaks a rule: that is a bug in the examples, caught at build time.
 */
export function placementDiagram(strategy: Strategy): DiagramSpec {
	const placement = examplePlacement(strategy);
	// All three share the tallest one's height so, side by side, their boxes and captions line up.
	const height = Math.max(
		...STRATEGIES.map((other) => layoutPlacement(examplePlacement(other), PLACEMENT_DIAGRAM_WIDTH).height),
	);
	return {
		id: `diagram-${strategy}`,
		title: `${STRATEGY_LABELS[strategy]} 배치그룹`,
		desc: `${describePlacement(placement)} ${RULES[strategy]}`,
		scene: layoutPlacement(placement, PLACEMENT_DIAGRAM_WIDTH, height),
	};
}

function examplePlacement(strategy: Strategy): Placement {
	const result = placeInstances(PLACEMENT_EXAMPLES[strategy]);
	if (!result.ok) throw new Error(`Placement example for ${strategy} breaks a rule: ${result.problems[0]?.message}`);
	return result.placement;
}
