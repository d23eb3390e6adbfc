import { arrow, rect, text, type Box, type DiagramSpec, type Shape } from './scene.ts';

/**
 * EC2 networking as nested boxes: Region ⊃ VPC ⊃ subnet (one Availability Zone) ⊃ instance ⊃ primary
 * network interface (eth0) with its private IP and, when needed, a public or Elastic IP; the VPC's
 * internet gateway links that public address to the internet. Addresses are examples: the VPC and subnet
 * from the private 10.0.0.0/8 range, the public one from the 203.0.113.0/24 documentation range.
 */

export const NETWORKING_WIDTH = 340;
const PAD = 8;
const LABEL_HEIGHT = 28;
const ROW_HEIGHT = 26;
const ROW_GAP = 6;

/** A box nested `depth` levels inside the Region, from `top` down, `height` tall. */
function nested(depth: number, top: number, height: number): Box {
	return { x: 1 + depth * PAD, y: top, width: NETWORKING_WIDTH - 2 - 2 * depth * PAD, height };
}

export const NETWORK_LEVELS = [
	{ className: 'region', label: '리전' },
	{ className: 'vpc', label: 'VPC 10.0.0.0/16' },
	{ className: 'subnet', label: '서브넷 10.0.1.0/24 · 가용 영역 A' },
	{ className: 'instance-box', label: 'EC2 인스턴스' },
	{ className: 'eni', label: '기본 네트워크 인터페이스(ENI) · eth0' },
] as const;

export const ADDRESS_ROWS = ['프라이빗 IP  10.0.1.25', '퍼블릭 IP 또는 탄력적 IP  203.0.113.25'] as const;

/** The networking picture, 340 units wide so labels stay ≥ 12 px on a phone. */
export function networkingDiagram(): DiagramSpec {
	const regionTop = 44;
	// The VPC's top edge is pushed down so the internet gateway can sit astride it.
	const tops = NETWORK_LEVELS.map((_, depth) => regionTop + (depth === 0 ? 0 : 30 + (depth - 1) * LABEL_HEIGHT));
	const rowsTop = tops.at(-1)! + LABEL_HEIGHT;
	const rows = ADDRESS_ROWS.map((_, index) =>
		nested(NETWORK_LEVELS.length, rowsTop + index * (ROW_HEIGHT + ROW_GAP), ROW_HEIGHT),
	);
	const contentBottom = rows.at(-1)!.y + ROW_HEIGHT;
	const deepest = NETWORK_LEVELS.length - 1;
	const boxes = NETWORK_LEVELS.map((_, depth) =>
		nested(depth, tops[depth]!, contentBottom + PAD * (deepest - depth + 1) - tops[depth]!),
	);
	const vpc = boxes[1]!;
	const gateway: Box = { x: 215, y: vpc.y - 14, width: 110, height: 28 };
	const internet: Box = { x: 225, y: 1, width: 90, height: 28 };
	const corridorX = 319;
	const publicRow = rows[1]!;

	const shapes: Shape[] = [];
	NETWORK_LEVELS.forEach((level, depth) => {
		const box = boxes[depth]!;
		shapes.push(rect(box, level.className, 6));
		shapes.push(text(box.x + PAD, box.y + 14, level.label, 'box-label'));
	});
	rows.forEach((row, index) => {
		shapes.push(rect(row, 'ip', 4));
		shapes.push(text(row.x + PAD, row.y + ROW_HEIGHT / 2, ADDRESS_ROWS[index]!, 'address'));
	});
	shapes.push(
		{
			kind: 'path',
			d: `M${corridorX} ${gateway.y + gateway.height} L${corridorX} ${publicRow.y + ROW_HEIGHT / 2} L${publicRow.x + publicRow.width} ${publicRow.y + ROW_HEIGHT / 2}`,
			className: 'link',
		},
		rect(gateway, 'gateway', 6),
		text(gateway.x + gateway.width / 2, gateway.y + gateway.height / 2, '인터넷 게이트웨이', 'box-label', 'middle'),
		rect(internet, 'cloud', 14),
		text(internet.x + internet.width / 2, internet.y + internet.height / 2, '인터넷', 'box-label', 'middle'),
		...arrow([
			[270, internet.y + internet.height],
			[270, gateway.y],
		]),
		...arrow([
			[282, gateway.y],
			[282, internet.y + internet.height],
		]),
	);
	return {
		id: 'diagram-networking',
		title: 'EC2 네트워킹 구성도',
		desc:
			'리전 안의 VPC(10.0.0.0/16)에 가용 영역 A의 서브넷(10.0.1.0/24)이 있고, 그 서브넷에서 시작한 EC2 인스턴스에 ' +
			'기본 네트워크 인터페이스 eth0(ENI)가 붙어 있습니다. eth0에는 서브넷 대역의 프라이빗 IP 10.0.1.25가 할당되고, ' +
			'필요하면 퍼블릭 IP 또는 탄력적 IP 203.0.113.25가 할당됩니다. 퍼블릭 주소로 오가는 트래픽은 VPC에 연결된 ' +
			'인터넷 게이트웨이를 거쳐 인터넷과 통신합니다.',
		scene: { width: NETWORKING_WIDTH, height: Math.ceil(boxes[0]!.y + boxes[0]!.height + 1), shapes },
	};
}
