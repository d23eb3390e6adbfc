import { arrow, rect, text, type DiagramSpec, type Shape } from './scene.ts';

/** The custom-AMI steps of the notes as a top-to-bottom flow: what exists after each step, and the step. */

export const AMI_FLOW_WIDTH = 300;
const BOX = { x: 40, width: 220, height: 36 };
const ARROW_LENGTH = 44;
const ARROW_X = 100;

export const AMI_FLOW_BOXES = [
	'EC2 인스턴스 (운영 중)',
	'EBS 스냅샷 (루트 볼륨)',
	'이미지 (커스텀 AMI)',
	'새 EC2 인스턴스 (같은 환경)',
] as const;

/** The step between each box and the next, numbered like the notes' list. */
export const AMI_FLOW_STEPS = ['1. 스냅샷 생성', '2. 스냅샷에서 이미지 생성', '3. 내 AMI로 인스턴스 시작'] as const;

/** The custom-AMI flow, 300 units wide. */
export function amiFlowDiagram(): DiagramSpec {
	const shapes: Shape[] = [];
	const top = (index: number) => 1 + index * (BOX.height + ARROW_LENGTH);
	AMI_FLOW_BOXES.forEach((label, index) => {
		const y = top(index);
		shapes.push(rect({ x: BOX.x, y, width: BOX.width, height: BOX.height }, 'step', 6));
		shapes.push(text(BOX.x + BOX.width / 2, y + BOX.height / 2, label, 'box-label', 'middle'));
		const step = AMI_FLOW_STEPS[index];
		if (step === undefined) return;
		shapes.push(
			...arrow([
				[ARROW_X, y + BOX.height],
				[ARROW_X, top(index + 1)],
			]),
		);
		shapes.push(text(ARROW_X + 8, y + BOX.height + ARROW_LENGTH / 2, step, 'transition-label'));
	});
	return {
		id: 'diagram-ami-flow',
		title: '커스텀 AMI 만들기 흐름도',
		desc:
			'운영 중인 EC2 인스턴스에서 스냅샷을 만들고, 그 스냅샷에서 이미지(커스텀 AMI)를 만든 뒤, ' +
			'EC2를 만들 때 내 AMI 탭에서 그 AMI를 골라 같은 환경의 새 인스턴스를 시작하는 흐름입니다.',
		scene: { width: AMI_FLOW_WIDTH, height: top(AMI_FLOW_BOXES.length - 1) + BOX.height + 1, shapes },
	};
}
