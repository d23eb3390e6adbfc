/**
 * A diagram as plain data: boxes, labels and lines in SVG user units. Layout functions build scenes;
 * an Astro component (static pages) and a Preact component (the simulator) draw them the same way.
 * Colours are not here: each shape has a class that `diagram.css` maps to Starlight's theme variables.
 */

/** Smallest label size. Diagrams are at most {@link MAX_PHONE_WIDTH} units wide, so it stays ≥ 12 px on a phone. */
export const FONT_SIZE = 12;
/** Widest viewBox that still renders 1 unit ≥ 1 px in a 375 px phone's content column (343 px). */
export const MAX_PHONE_WIDTH = 340;

export interface RectShape {
	kind: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	className: string;
	rx?: number;
}

/** A single-line label whose `y` is its vertical centre (drawn with dominant-baseline: central). */
export interface TextShape {
	kind: 'text';
	x: number;
	y: number;
	text: string;
	className: string;
	anchor: 'start' | 'middle' | 'end';
	size: number;
}

export interface PathShape {
	kind: 'path';
	d: string;
	className: string;
}

export type Shape = RectShape | TextShape | PathShape;

export interface Scene {
	width: number;
	height: number;
	shapes: Shape[];
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A label with a size of at least {@link FONT_SIZE}. */
export function text(
	x: number,
	y: number,
	content: string,
	className: string,
	anchor: TextShape['anchor'] = 'start',
	size = FONT_SIZE,
): TextShape {
	return { kind: 'text', x: round(x), y: round(y), text: content, className, anchor, size: Math.max(size, FONT_SIZE) };
}

export function rect(box: Box, className: string, rx = 0): RectShape {
	const { x, y, width, height } = box;
	return {
		kind: 'rect',
		x: round(x),
		y: round(y),
		width: round(width),
		height: round(height),
		className,
		...(rx ? { rx } : {}),
	};
}

const HANGUL_OR_WIDE = /[\u1100-\u11ff\u2190-\u21ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef·]/u;

/**
 * A generous estimate of a label's width in the site's Korean font stack: Hangul and CJK symbols are
 * full width, Latin letters and digits a little over half. Layout and tests use it to keep labels inside
 * their boxes; overestimating only wastes a little space.
 */
export function textWidth(content: string, size = FONT_SIZE): number {
	let ems = 0;
	for (const char of content) {
		if (HANGUL_OR_WIDE.test(char)) ems += 1;
		else if (char === ' ') ems += 0.3;
		else if (/[A-Z@%&MW]/.test(char)) ems += 0.72;
		else ems += 0.6;
	}
	return ems * size;
}

/** The box a label occupies, from {@link textWidth} and a line height of 1.2. */
export function textBox(label: TextShape): Box {
	const width = textWidth(label.text, label.size);
	const x = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
	const height = label.size * 1.2;
	return { x, y: label.y - height / 2, width, height };
}

/** True when two boxes share area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Box, inner: Box): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

/** Rounds to a tenth of a unit so generated SVG stays short and stable. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * A line (straight or through corner points) from the first point to the last, with an arrowhead at the end.
 * Returns the line and the filled head as separate shapes so each takes its own colour class.
 */
export function arrow(points: readonly (readonly [number, number])[], className = 'arrow'): PathShape[] {
	const line = points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
	const [tipX, tipY] = points.at(-1) ?? [0, 0];
	const [fromX, fromY] = points.at(-2) ?? [0, 0];
	const angle = Math.atan2(tipY - fromY, tipX - fromX);
	const length = 7;
	const spread = 0.45;
	const wing = (side: number) =>
		`${round(tipX - length * Math.cos(angle + side * spread))} ${round(tipY - length * Math.sin(angle + side * spread))}`;
	return [
		{ kind: 'path', d: line, className },
		{ kind: 'path', d: `M${round(tipX)} ${round(tipY)} L${wing(1)} L${wing(-1)} Z`, className: `${className}-head` },
	];
}

/** The boxes of every label in a scene. */
export function labelBoxes(scene: Scene): { label: TextShape; box: Box }[] {
	return scene.shapes
		.filter((shape): shape is TextShape => shape.kind === 'text')
		.map((label) => ({ label, box: textBox(label) }));
}

/** Everything a diagram component needs: ids for aria wiring, the accessible title and description, the drawing. */
export interface DiagramSpec {
	/** Unique on its page; the <title> and <desc> ids derive from it. */
	id: string;
	/** Exact accessible name, e.g. "클러스터 배치그룹". */
	title: string;
	/** Korean sentences saying what the picture shows. */
	desc: string;
	scene: Scene;
}
