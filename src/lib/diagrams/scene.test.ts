import { describe, expect, test } from 'vitest';
import { arrow, contains, overlaps, text, textBox, textWidth, type Scene } from './scene.ts';
import { sceneProblems } from '../../../test-support/scene-checks.ts';

describe('textWidth', () => {
	test.each([
		['가', 12],
		['가나다', 36],
		['a', 7.2],
		['가 a', 12 + 3.6 + 7.2],
		['RAM', 3 * 0.72 * 12],
		['→', 12],
		['', 0],
	])('estimates %j as %d units at 12', (content, expected) => {
		expect(textWidth(content)).toBeCloseTo(expected);
	});

	test('scales with font size', () => {
		expect(textWidth('가나', 24)).toBe(48);
	});
});

describe('box geometry', () => {
	const box = { x: 0, y: 0, width: 10, height: 10 };
	test.each([
		[{ x: 5, y: 5, width: 10, height: 10 }, true],
		[{ x: 10, y: 0, width: 5, height: 5 }, false],
		[{ x: 20, y: 20, width: 1, height: 1 }, false],
	])('overlaps %j: %s', (other, expected) => {
		expect(overlaps(box, other)).toBe(expected);
	});

	test.each([
		[{ x: 1, y: 1, width: 8, height: 8 }, true],
		[{ x: 0, y: 0, width: 10, height: 10 }, true],
		[{ x: 5, y: 5, width: 10, height: 2 }, false],
	])('contains %j: %s', (inner, expected) => {
		expect(contains(box, inner)).toBe(expected);
	});

	test.each([
		['start', 10],
		['middle', 10 - 12],
		['end', 10 - 24],
	] as const)('a %s-anchored label box starts at %d', (anchor, x) => {
		expect(textBox(text(10, 50, '가나', 'label', anchor)).x).toBe(x);
	});
});

test('labels are never smaller than 12 units', () => {
	expect(text(0, 0, 'x', 'label', 'start', 8).size).toBe(12);
});

test('an arrow ends with a head whose tip is the last point', () => {
	const [line, head] = arrow([
		[0, 0],
		[0, 40],
	]);
	expect(line?.d).toBe('M0 0 L0 40');
	expect(head?.d.startsWith('M0 40 ')).toBe(true);
	expect(head?.className).toBe('arrow-head');
});

describe('sceneProblems', () => {
	const scene = (shapes: Scene['shapes'], width = 200): Scene => ({ width, height: 100, shapes });
	const box = { kind: 'rect', x: 10, y: 10, width: 100, height: 40, className: 'zone' } as const;

	test('a sound scene has no problems', () => {
		expect(sceneProblems(scene([box, text(20, 30, '가용 영역 A', 'label')]))).toEqual([]);
	});

	test.each([
		['too wide for a phone', scene([], 400), /width 400/],
		['a box outside the viewBox', scene([{ ...box, x: 150 }]), /leaves the viewBox/],
		['a label outside the viewBox', scene([text(190, 30, '가나다', 'label')]), /leaves the viewBox/],
		['overlapping labels', scene([text(20, 70, '가나다', 'a'), text(30, 72, '라마', 'b')]), /overlaps/],
		['a label across a box edge', scene([box, text(90, 30, '가나다라', 'label')]), /crosses the edge/],
	])('reports %s', (_name, broken, message) => {
		expect(sceneProblems(broken).join('\n')).toMatch(message);
	});

	test('a label may cross an edge where a box on top holds it', () => {
		const badge = { kind: 'rect', x: 80, y: 0, width: 80, height: 30, className: 'gateway' } as const;
		expect(sceneProblems(scene([box, badge, text(120, 15, '게이트웨이', 'label', 'middle')]))).toEqual([]);
	});
});
