import { RACK_SLOTS, type Placement, type Rack, type RackGroup } from './rules.ts';
import { rect, text, textWidth, type Box, type Scene, type Shape } from '../diagrams/scene.ts';

/*
 * Geometry of the placement pictures: zones stacked top to bottom (so a phone never needs to scroll
 * sideways), inside each zone its groups (partitions) flowing left to right and wrapping, inside each
 * group its racks, inside each rack one slot per instance. Bars under racks are network and power:
 * one shared bar for a cluster, one bar per rack for partition and spread.
 */

const ZONE_PAD = 6;
const ZONE_LABEL_HEIGHT = 22;
const ZONE_GAP = 10;
const SLOT_WIDTH = 26;
const SLOT_HEIGHT = 18;
const SLOT_GAP = 3;
const RACK_PAD = 3;
const RACK_WIDTH = SLOT_WIDTH + 2 * RACK_PAD;
const RACK_HEIGHT = 2 * RACK_PAD + RACK_SLOTS * SLOT_HEIGHT + (RACK_SLOTS - 1) * SLOT_GAP;
const BAR_GAP = 4;
const BAR_HEIGHT = 6;
const GROUP_PAD = 5;
const GROUP_LABEL_HEIGHT = 20;
const GROUP_GAP = 5;
const ROW_GAP = 8;
const NOTE_HEIGHT = 20;
const EMPTY_HEIGHT = 24;
/** Cluster racks sit shoulder to shoulder; the others keep visible air between separate hardware. */
const RACK_GAPS = { cluster: 2, partition: 6, spread: 10 } as const;

export const ZONE_NOTES = {
	cluster: '저지연·고대역폭 네트워크',
	partition: '파티션끼리 랙을 공유하지 않음',
	spread: '랙마다 네트워크·전원 따로',
} as const;

interface Sized {
	width: number;
	height: number;
}

interface Flowed {
	positions: { x: number; y: number }[];
	height: number;
}

/** Greedy left-to-right rows of items, each row centred in `maxWidth`; items wider than a row get a row alone. */
export function flow(items: readonly Sized[], maxWidth: number, gap: number): Flowed {
	const rows: number[][] = [];
	let rowWidth = 0;
	items.forEach((item, index) => {
		const row = rows.at(-1);
		if (row && rowWidth + gap + item.width <= maxWidth) {
			row.push(index);
			rowWidth += gap + item.width;
		} else {
			rows.push([index]);
			rowWidth = item.width;
		}
	});
	const positions: { x: number; y: number }[] = [];
	let y = 0;
	for (const row of rows) {
		const width = row.reduce((sum, index) => sum + items[index]!.width, 0) + gap * (row.length - 1);
		const height = Math.max(...row.map((index) => items[index]!.height));
		let x = (maxWidth - width) / 2;
		for (const index of row) {
			positions[index] = { x, y };
			x += items[index]!.width + gap;
		}
		y += height + ROW_GAP;
	}
	return { positions, height: rows.length === 0 ? 0 : y - ROW_GAP };
}

function drawRack(rack: Rack, x: number, y: number): Shape[] {
	const shapes: Shape[] = [rect({ x, y, width: RACK_WIDTH, height: RACK_HEIGHT }, 'rack', 3)];
	for (let slot = 0; slot < RACK_SLOTS; slot++) {
		const box = {
			x: x + RACK_PAD,
			y: y + RACK_PAD + slot * (SLOT_HEIGHT + SLOT_GAP),
			width: SLOT_WIDTH,
			height: SLOT_HEIGHT,
		};
		const instance = rack.instances[slot];
		if (instance === undefined) {
			shapes.push(rect(box, 'slot', 2));
			continue;
		}
		shapes.push(rect(box, 'instance', 2));
		shapes.push(text(box.x + box.width / 2, box.y + box.height / 2, String(instance), 'instance-label', 'middle'));
	}
	return shapes;
}

/** Racks of one group in rows, with bars under them; `shared` draws one bar under each row of racks. */
function drawRacks(racks: readonly Rack[], gap: number, maxWidth: number, shared: boolean) {
	const cell = { width: RACK_WIDTH, height: RACK_HEIGHT + BAR_GAP + BAR_HEIGHT };
	const perRow = Math.max(1, Math.floor((maxWidth + gap) / (RACK_WIDTH + gap)));
	const width = Math.min(racks.length, perRow) * (RACK_WIDTH + gap) - gap;
	const { positions, height } = flow(
		racks.map(() => cell),
		width,
		gap,
	);
	return {
		width,
		height,
		draw(originX: number, originY: number): Shape[] {
			const shapes = racks.flatMap((rack, index) => {
				const { x, y } = positions[index]!;
				const bar = { x: originX + x, y: originY + y + RACK_HEIGHT + BAR_GAP, width: RACK_WIDTH, height: BAR_HEIGHT };
				return [...drawRack(rack, originX + x, originY + y), ...(shared ? [] : [rect(bar, 'network', 2)])];
			});
			if (shared) {
				for (const rowY of new Set(positions.map((position) => position.y))) {
					const row = positions.filter((position) => position.y === rowY);
					const left = Math.min(...row.map((position) => position.x));
					const right = Math.max(...row.map((position) => position.x)) + RACK_WIDTH;
					shapes.push(
						rect(
							{ x: originX + left, y: originY + rowY + RACK_HEIGHT + BAR_GAP, width: right - left, height: BAR_HEIGHT },
							'network',
							2,
						),
					);
				}
			}
			return shapes;
		},
	};
}

interface GroupDrawing extends Sized {
	draw(x: number, y: number): Shape[];
}

function emptyNote(label: string, width: number): GroupDrawing {
	return {
		width,
		height: EMPTY_HEIGHT,
		draw: (x, y) => [text(x + width / 2, y + EMPTY_HEIGHT / 2, label, 'note', 'middle')],
	};
}

function drawGroup(strategy: Placement['strategy'], group: RackGroup, maxWidth: number): GroupDrawing {
	const gap = RACK_GAPS[strategy];
	if (group.partition === undefined) {
		if (group.racks.length === 0) return emptyNote('인스턴스 없음', textWidth('인스턴스 없음'));
		return drawRacks(group.racks, gap, maxWidth, strategy === 'cluster');
	}
	const label = `파티션 ${group.partition}`;
	const racks = group.racks.length > 0 ? drawRacks(group.racks, gap, maxWidth - 2 * GROUP_PAD, false) : undefined;
	const inner = racks ?? emptyNote('비어 있음', textWidth('비어 있음'));
	const width = Math.max(textWidth(label), inner.width) + 2 * GROUP_PAD;
	const height = GROUP_LABEL_HEIGHT + inner.height + GROUP_PAD;
	return {
		width,
		height,
		draw: (x, y) => [
			rect({ x, y, width, height }, 'partition', 4),
			text(x + width / 2, y + GROUP_LABEL_HEIGHT / 2 + 1, label, 'group-label', 'middle'),
			...inner.draw(x + (width - inner.width) / 2, y + GROUP_LABEL_HEIGHT),
		],
	};
}

/**
 * Draws a placement `width` units wide (keep it ≤ 340 so labels stay ≥ 12 px on a phone).
 * Each zone is a box with its name, its groups and, at its foot, a one-line note on what the bars mean.
 * `minHeight` stretches the last zone so pictures shown side by side end level.
 */
export function layoutPlacement(placement: Placement, width: number, minHeight = 0): Scene {
	const shapes: Shape[] = [];
	const zoneWidth = width - 2;
	const inner = zoneWidth - 2 * ZONE_PAD;
	let y = 1;
	placement.zones.forEach((zone, zoneIndex) => {
		const groups = zone.groups.map((group) => drawGroup(placement.strategy, group, inner));
		const { positions, height } = flow(groups, inner, GROUP_GAP);
		const contentTop = y + ZONE_LABEL_HEIGHT;
		const natural = ZONE_LABEL_HEIGHT + height + NOTE_HEIGHT + ZONE_PAD / 2;
		const last = zoneIndex === placement.zones.length - 1;
		const zoneBox: Box = {
			x: 1,
			y,
			width: zoneWidth,
			height: last ? Math.max(natural, minHeight - 1 - y) : natural,
		};
		shapes.push(rect(zoneBox, 'zone', 6));
		shapes.push(text(1 + ZONE_PAD, y + ZONE_LABEL_HEIGHT / 2 + 1, zone.name, 'zone-label'));
		groups.forEach((group, index) => {
			const position = positions[index]!;
			shapes.push(...group.draw(1 + ZONE_PAD + position.x, contentTop + position.y));
		});
		const noteY = zoneBox.y + zoneBox.height - ZONE_PAD / 2 - NOTE_HEIGHT / 2 + 1;
		shapes.push(text(width / 2, noteY, ZONE_NOTES[placement.strategy], 'note', 'middle'));
		y += zoneBox.height + ZONE_GAP;
	});
	return { width, height: Math.ceil(y - ZONE_GAP + 1), shapes };
}
