import { describe, expect, test } from 'vitest';
import { STRATEGIES } from '../placement/rules.ts';
import { AMI_FLOW_BOXES, AMI_FLOW_STEPS, amiFlowDiagram } from './ami-flow.ts';
import {
	BILLING_LABELS,
	edgePoint,
	INSTANCE_STATES,
	lifecycleDiagram,
	ROUTES,
	STATE_BILLING,
	STATE_BOXES,
	TRANSITIONS,
} from './lifecycle.ts';
import { networkingDiagram, NETWORK_LEVELS } from './networking.ts';
import { PLACEMENT_DIAGRAM_WIDTH, placementDiagram } from '../placement/diagrams.ts';
import { contains, type Box, type DiagramSpec, type RectShape, type TextShape } from './scene.ts';
import { sceneProblems } from '../../../test-support/scene-checks.ts';

const specs: [string, () => DiagramSpec][] = [
	...STRATEGIES.map((strategy): [string, () => DiagramSpec] => [strategy, () => placementDiagram(strategy)]),
	['lifecycle', lifecycleDiagram],
	['networking', networkingDiagram],
	['ami flow', amiFlowDiagram],
];

const texts = (spec: DiagramSpec) =>
	spec.scene.shapes.filter((shape): shape is TextShape => shape.kind === 'text').map((shape) => shape.text);
const rectsOf = (spec: DiagramSpec, className: string) =>
	spec.scene.shapes.filter((shape): shape is RectShape => shape.kind === 'rect' && shape.className === className);

describe.each(specs)('the %s diagram', (_name, make) => {
	test('is sound: phone width, 12-unit text, nothing clipped or overlapping', () => {
		expect(sceneProblems(make().scene)).toEqual([]);
	});

	test('has a Korean title, a Korean description and an id to wire them', () => {
		const { id, title, desc } = make();
		expect(id).toMatch(/^diagram-[a-z-]+$/);
		expect(title).toMatch(/[가-힣]/);
		expect(desc).toMatch(/[가-힣]{2,}.*\.$/);
	});
});

test('diagram ids are unique', () => {
	const ids = specs.map(([, make]) => make().id);
	expect(new Set(ids).size).toBe(ids.length);
});

describe('placement diagrams', () => {
	test.each([
		['cluster', '클러스터 배치그룹', /단일 가용 영역/],
		['partition', '파티션 배치그룹', /파티션은 최대 7개/],
		['spread', '분산 배치그룹', /실행 중인 인스턴스는 최대 7개/],
	] as const)('%s is titled %j and states its rule', (strategy, title, rule) => {
		const spec = placementDiagram(strategy);
		expect(spec.title).toBe(title);
		expect(spec.desc).toMatch(rule);
		expect(spec.scene.width).toBe(PLACEMENT_DIAGRAM_WIDTH);
	});

	test('the three pictures share one size so they line up side by side', () => {
		const scenes = STRATEGIES.map((strategy) => placementDiagram(strategy).scene);
		expect(new Set(scenes.map((scene) => `${scene.width}×${scene.height}`)).size).toBe(1);
		const zoneBottoms = scenes.map((scene) => {
			const zone = scene.shapes.find((shape) => shape.kind === 'rect' && shape.className === 'zone') as RectShape;
			return zone.y + zone.height;
		});
		expect(new Set(zoneBottoms).size).toBe(1);
	});
});

describe('lifecycle diagram', () => {
	test('billing follows the AWS documentation', () => {
		expect(STATE_BILLING).toEqual({
			pending: 'not-billed',
			running: 'billed',
			stopping: 'hibernate-only',
			stopped: 'not-billed',
			'shutting-down': 'not-billed',
			terminated: 'not-billed',
		});
	});

	test('every AWS state is drawn once, with its billing written in its box', () => {
		const spec = lifecycleDiagram();
		const labels = spec.scene.shapes.filter((shape): shape is TextShape => shape.kind === 'text');
		for (const state of INSTANCE_STATES) {
			const names = labels.filter((label) => label.text === state && label.className === 'state-name');
			expect(names, state).toHaveLength(1);
			const box = STATE_BOXES[state];
			const inside = labels.filter(
				(label) => label.x > box.x && label.x < box.x + box.width && label.y > box.y && label.y < box.y + box.height,
			);
			expect(inside.map((label) => label.text)).toEqual([state, BILLING_LABELS[STATE_BILLING[state]]]);
		}
	});

	test('billed states are marked by more than colour: their box class and their words', () => {
		const spec = lifecycleDiagram();
		const states = spec.scene.shapes.filter((shape): shape is RectShape => shape.kind === 'rect');
		expect(states.filter((shape) => shape.className === 'state billed')).toHaveLength(1);
		expect(states.filter((shape) => shape.className === 'state partly-billed')).toHaveLength(1);
		expect(texts(spec).filter((text) => text === '요금 청구')).toHaveLength(1);
	});

	test.each([
		['pending', 'running'],
		['running', 'running'],
		['running', 'stopping'],
		['stopping', 'stopped'],
		['stopped', 'pending'],
		['running', 'shutting-down'],
		['stopped', 'shutting-down'],
		['shutting-down', 'terminated'],
	])('draws the transition %s → %s', (from, to) => {
		expect(TRANSITIONS.some((transition) => transition.from === from && transition.to === to)).toBe(true);
	});

	test('reboot stays in running and hibernate saves RAM to the root EBS volume on the way to stopping', () => {
		const labelOf = (words: string) => TRANSITIONS.find((transition) => transition.label[0] === words);
		expect(labelOf('재부팅')).toMatchObject({ from: 'running', to: 'running' });
		expect(labelOf('최대 절전')).toMatchObject({ from: 'running', to: 'stopping' });
		expect(labelOf('최대 절전')?.label.join(' ')).toMatch(/RAM.*루트 EBS/);
	});

	test('every arrow leaves its source box and ends on its target box', () => {
		const onEdge = (box: Box, [x, y]: readonly [number, number]) =>
			(x === box.x || x === box.x + box.width || y === box.y || y === box.y + box.height) &&
			x >= box.x &&
			x <= box.x + box.width &&
			y >= box.y &&
			y <= box.y + box.height;
		expect(ROUTES).toHaveLength(TRANSITIONS.length);
		TRANSITIONS.forEach((transition, index) => {
			const points = ROUTES[index]!.points;
			expect(onEdge(STATE_BOXES[transition.to], points.at(-1)!), `${transition.from} → ${transition.to}`).toBe(true);
			if (transition.from !== 'launch')
				expect(onEdge(STATE_BOXES[transition.from], points[0]!), `${transition.from} → ${transition.to}`).toBe(true);
		});
	});

	test('edgePoint finds points on each side', () => {
		const box = { x: 10, y: 20, width: 100, height: 40 };
		expect([
			edgePoint(box, 'top'),
			edgePoint(box, 'bottom', 0),
			edgePoint(box, 'left', 0.25),
			edgePoint(box, 'right'),
		]).toEqual([
			[60, 20],
			[10, 60],
			[10, 30],
			[110, 40],
		]);
	});
});

describe('networking diagram', () => {
	test('names every part the notes mention', () => {
		const all = texts(networkingDiagram()).join('\n');
		for (const part of [
			'리전',
			'VPC',
			'서브넷',
			'EC2 인스턴스',
			'eth0',
			'ENI',
			'프라이빗 IP',
			'퍼블릭 IP',
			'탄력적 IP',
			'인터넷 게이트웨이',
		])
			expect(all).toContain(part);
	});

	test('each level sits inside the one before: Region ⊃ VPC ⊃ subnet ⊃ instance ⊃ eth0 ⊃ addresses', () => {
		const spec = networkingDiagram();
		const boxes = NETWORK_LEVELS.map((level) => rectsOf(spec, level.className)[0]!);
		boxes.slice(1).forEach((box, index) => expect(contains(boxes[index]!, box)).toBe(true));
		for (const address of rectsOf(spec, 'ip')) expect(contains(boxes.at(-1)!, address)).toBe(true);
	});

	test('example addresses: private from the subnet range, public from a documentation range', () => {
		const all = texts(networkingDiagram()).join('\n');
		expect(all).toMatch(/서브넷 10\.0\.1\.0\/24[\s\S]*프라이빗 IP\s+10\.0\.1\.\d+/);
		expect(all).toMatch(/203\.0\.113\.\d+/);
	});
});

describe('custom AMI flow', () => {
	test('goes instance → snapshot → image → new instance, top to bottom, one step between each', () => {
		const spec = amiFlowDiagram();
		const steps = rectsOf(spec, 'step');
		expect(steps).toHaveLength(AMI_FLOW_BOXES.length);
		expect(steps.map((step) => step.y)).toEqual([...steps.map((step) => step.y)].sort((a, b) => a - b));
		expect(AMI_FLOW_BOXES.map((box) => box.split(' ')[0])).toEqual(['EC2', 'EBS', '이미지', '새']);
		expect(texts(spec).filter((text) => (AMI_FLOW_STEPS as readonly string[]).includes(text))).toEqual([
			...AMI_FLOW_STEPS,
		]);
		expect(spec.scene.shapes.filter((shape) => shape.kind === 'path' && shape.className === 'arrow')).toHaveLength(3);
	});
});
