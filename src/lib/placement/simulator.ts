import { layoutPlacement } from './layout.ts';
import type { DiagramSpec } from '../diagrams/scene.ts';
import { summarizeResult } from './describe.ts';
import { parseCount, placeInstances, type PlacementField } from './rules.ts';

/** The simulator's picture width: narrow enough for 12 px labels on a 375 px phone. */
export const SIMULATOR_WIDTH = 300;

/** The simulator's form fields as the browser gives them: text. */
export interface SimulatorForm {
	strategy: string;
	instances: string;
	zones: string;
	partitionsPerZone: string;
}

/** What the simulator shows for a form: the announcement, the fields to flag, and the picture when allowed. */
export interface SimulatorView {
	ok: boolean;
	summary: string;
	invalid: PlacementField[];
	diagram: DiagramSpec | undefined;
}

/** Runs the placement rules on the form and lays out the result; never throws. */
export function simulate(form: SimulatorForm): SimulatorView {
	const result = placeInstances({
		strategy: form.strategy,
		instances: parseCount(form.instances),
		zones: parseCount(form.zones),
		partitionsPerZone: parseCount(form.partitionsPerZone),
	});
	const summary = summarizeResult(result);
	if (!result.ok)
		return { ok: false, summary, invalid: result.problems.map((problem) => problem.field), diagram: undefined };
	return {
		ok: true,
		summary,
		invalid: [],
		diagram: {
			id: 'placement-simulator',
			title: '배치 시뮬레이션 결과',
			desc: summary,
			scene: layoutPlacement(result.placement, SIMULATOR_WIDTH),
		},
	};
}
