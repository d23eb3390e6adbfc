import {
	contains,
	FONT_SIZE,
	labelBoxes,
	MAX_PHONE_WIDTH,
	overlaps,
	type Box,
	type RectShape,
	type Scene,
} from '../src/lib/diagrams/scene.ts';

/**
 * Reasons a scene would look broken: too wide to read on a phone, small text, something outside the
 * viewBox, labels on top of each other, or a label cut by a box edge. Empty means the scene is sound.
 * Labels are measured with the generous `textWidth` estimate, so a pass leaves room to spare.
 */
export function sceneProblems(scene: Scene): string[] {
	const problems: string[] = [];
	const view: Box = { x: 0, y: 0, width: scene.width, height: scene.height };
	if (scene.width > MAX_PHONE_WIDTH) problems.push(`width ${scene.width} > ${MAX_PHONE_WIDTH}`);
	const rects = scene.shapes.filter((shape): shape is RectShape => shape.kind === 'rect');
	rects.forEach((box) => {
		if (!contains(view, box)) problems.push(`${box.className} box at ${box.x},${box.y} leaves the viewBox`);
	});
	const labels = labelBoxes(scene);
	labels.forEach(({ label, box }, index) => {
		if (label.size < FONT_SIZE) problems.push(`"${label.text}" is ${label.size} units`);
		if (!contains(view, box)) problems.push(`"${label.text}" leaves the viewBox`);
		for (const other of labels.slice(index + 1))
			if (overlaps(box, other.box)) problems.push(`"${label.text}" overlaps "${other.label.text}"`);
		rects.forEach((rect, rectIndex) => {
			if (!overlaps(box, rect) || contains(rect, box)) return;
			// A label may cross a box edge only where a box drawn on top of it holds the whole label.
			const covered = rects.slice(rectIndex + 1).some((above) => contains(above, box));
			if (!covered) problems.push(`"${label.text}" crosses the edge of a ${rect.className} box`);
		});
	});
	return problems;
}
