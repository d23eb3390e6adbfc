import { arrow, rect, text, type Box, type DiagramSpec, type Shape } from './scene.ts';

/**
 * The EC2 instance lifecycle as AWS documents it ("Amazon EC2 instance state changes"): the six states,
 * the transitions between them, and whether instance usage is billed in each state.
 */

export const INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

/** Instance usage billing per state; `hibernate-only`: billed only while preparing to hibernate. */
export type Billing = 'billed' | 'not-billed' | 'hibernate-only';

export const STATE_BILLING: Readonly<Record<InstanceState, Billing>> = {
	pending: 'not-billed',
	running: 'billed',
	stopping: 'hibernate-only',
	stopped: 'not-billed',
	'shutting-down': 'not-billed',
	terminated: 'not-billed',
};

export const BILLING_LABELS: Readonly<Record<Billing, string>> = {
	billed: '요금 청구',
	'not-billed': '청구 안 됨',
	'hibernate-only': '최대 절전 때만 청구',
};

export interface Transition {
	/** `launch` is the outside world: a new instance from an AMI. */
	from: InstanceState | 'launch';
	to: InstanceState;
	/** Korean label lines; empty for the automatic step to the next state. */
	label: readonly string[];
}

export const TRANSITIONS: readonly Transition[] = [
	{ from: 'launch', to: 'pending', label: ['AMI로 시작(launch)'] },
	{ from: 'pending', to: 'running', label: [] },
	{ from: 'running', to: 'running', label: ['재부팅', 'running 유지'] },
	{ from: 'running', to: 'stopping', label: ['중지'] },
	{ from: 'running', to: 'stopping', label: ['최대 절전', 'RAM → 루트 EBS'] },
	{ from: 'stopping', to: 'stopped', label: [] },
	{ from: 'stopped', to: 'pending', label: ['시작(start)'] },
	{ from: 'running', to: 'shutting-down', label: ['종료'] },
	{ from: 'stopped', to: 'shutting-down', label: ['종료'] },
	{ from: 'shutting-down', to: 'terminated', label: [] },
];

export const LIFECYCLE_WIDTH = 340;
const BOX_WIDTH = 130;
const BOX_HEIGHT = 44;
const LINE = 16;

/** Where each state sits: three columns, four rows; the happy path runs down the middle, then splits. */
export const STATE_BOXES: Readonly<Record<InstanceState, Box>> = {
	pending: { x: 92, y: 40, width: BOX_WIDTH, height: BOX_HEIGHT },
	running: { x: 92, y: 130, width: BOX_WIDTH, height: BOX_HEIGHT },
	stopping: { x: 14, y: 250, width: BOX_WIDTH, height: BOX_HEIGHT },
	'shutting-down': { x: 196, y: 250, width: BOX_WIDTH, height: BOX_HEIGHT },
	stopped: { x: 14, y: 350, width: BOX_WIDTH, height: BOX_HEIGHT },
	terminated: { x: 196, y: 350, width: BOX_WIDTH, height: BOX_HEIGHT },
};

type Point = readonly [number, number];

/** A point on a box edge; `t` runs 0..1 left to right (top/bottom) or top to bottom (left/right). */
export function edgePoint(box: Box, side: 'top' | 'bottom' | 'left' | 'right', t = 0.5): Point {
	if (side === 'top') return [box.x + box.width * t, box.y];
	if (side === 'bottom') return [box.x + box.width * t, box.y + box.height];
	if (side === 'left') return [box.x, box.y + box.height * t];
	return [box.x + box.width, box.y + box.height * t];
}

const B = STATE_BOXES;

/** The route of each transition (same order as {@link TRANSITIONS}) and where its label starts. */
export const ROUTES: readonly { points: Point[]; label: Point }[] = [
	{ points: [[157, 4], edgePoint(B.pending, 'top')], label: [165, 20] },
	{ points: [edgePoint(B.pending, 'bottom'), edgePoint(B.running, 'top')], label: [0, 0] },
	{
		points: [
			edgePoint(B.running, 'right', 0.3),
			[242, edgePoint(B.running, 'right', 0.3)[1]],
			[242, edgePoint(B.running, 'right', 0.7)[1]],
			edgePoint(B.running, 'right', 0.7),
		],
		label: [248, 144],
	},
	{
		points: [edgePoint(B.running, 'left', 0.35), [40, edgePoint(B.running, 'left', 0.35)[1]], [40, B.stopping.y]],
		label: [46, 200],
	},
	{ points: [edgePoint(B.running, 'bottom', 0.14), edgePoint(B.stopping, 'top', 0.74)], label: [114, 196] },
	{ points: [edgePoint(B.stopping, 'bottom'), edgePoint(B.stopped, 'top')], label: [0, 0] },
	{
		points: [
			edgePoint(B.stopped, 'left'),
			[5, edgePoint(B.stopped, 'left')[1]],
			[5, edgePoint(B.pending, 'left')[1]],
			edgePoint(B.pending, 'left'),
		],
		label: [11, 100],
	},
	{ points: [edgePoint(B.running, 'bottom', 0.9), edgePoint(B['shutting-down'], 'top', 0.5)], label: [252, 200] },
	{
		points: [
			edgePoint(B.stopped, 'right', 0.3),
			[172, edgePoint(B.stopped, 'right', 0.3)[1]],
			[172, edgePoint(B['shutting-down'], 'left')[1]],
			edgePoint(B['shutting-down'], 'left'),
		],
		label: [148, 320],
	},
	{ points: [edgePoint(B['shutting-down'], 'bottom'), edgePoint(B.terminated, 'top')], label: [0, 0] },
];

function stateShapes(state: InstanceState): Shape[] {
	const box = STATE_BOXES[state];
	const billing = STATE_BILLING[state];
	const center = box.x + box.width / 2;
	return [
		rect(box, `state ${billing === 'not-billed' ? '' : billing === 'billed' ? 'billed' : 'partly-billed'}`.trim(), 6),
		text(center, box.y + 15, state, 'state-name', 'middle', 13),
		text(center, box.y + 32, BILLING_LABELS[billing], billing === 'not-billed' ? 'note' : 'billing-on', 'middle'),
	];
}

/** The lifecycle drawn as a state diagram, 340 units wide so it reads at 12 px on a phone. */
export function lifecycleDiagram(): DiagramSpec {
	const shapes: Shape[] = [];
	TRANSITIONS.forEach((transition, index) => {
		const route = ROUTES[index]!;
		shapes.push(...arrow(route.points));
		transition.label.forEach((line, lineIndex) =>
			shapes.push(text(route.label[0], route.label[1] + lineIndex * LINE, line, 'transition-label')),
		);
	});
	for (const state of INSTANCE_STATES) shapes.push(...stateShapes(state));
	return {
		id: 'diagram-lifecycle',
		title: 'EC2 인스턴스 라이프사이클 상태 다이어그램',
		desc:
			'AMI로 시작한 인스턴스는 pending을 거쳐 running이 됩니다. running에서 재부팅하면 running을 유지합니다. ' +
			'중지하면 stopping을 거쳐 stopped가 되고, 최대 절전 모드로 들어가면 stopping 동안 RAM 내용을 루트 EBS 볼륨에 ' +
			'저장한 뒤 stopped가 됩니다. stopped에서 다시 시작하면 pending으로 돌아갑니다. running이나 stopped에서 ' +
			'종료하면 shutting-down을 거쳐 terminated가 됩니다. 인스턴스 사용 요금은 running에서 청구되고, stopping에서는 ' +
			'최대 절전 모드를 준비할 때만 청구되며, pending, stopped, shutting-down, terminated에서는 청구되지 않습니다.',
		scene: { width: LIFECYCLE_WIDTH, height: 400, shapes },
	};
}
