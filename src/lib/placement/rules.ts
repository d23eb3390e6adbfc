/**
 * EC2 placement group rules and a simple model of where instances land, shared by the static diagrams
 * and the placement simulator; describe.ts puts their results into Korean sentences. Pure and total: every
 * input, however bad, gives a result, never an exception.
 *
 * AWS facts encoded here (EC2 User Guide, "Placement strategies"):
 * - cluster: one Availability Zone only (it may span peered VPCs in the same Region);
 * - partition: at most 7 partitions per Availability Zone, may span Availability Zones of a Region,
 *   partitions never share racks;
 * - spread (rack level): each instance on its own rack, at most 7 running instances per Availability Zone
 *   per group, may span Availability Zones.
 */

/** The placement strategies EC2 offers (rack-level spread; Outposts' host-level spread is out of scope). */
export const STRATEGIES = ['cluster', 'partition', 'spread'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Korean names as the notes use them. */
export const STRATEGY_LABELS: Readonly<Record<Strategy, string>> = {
	cluster: '클러스터',
	partition: '파티션',
	spread: '분산',
};

/** AWS limit: partitions per Availability Zone in a partition placement group. */
export const MAX_PARTITIONS_PER_ZONE = 7;
/** AWS limit: running instances per Availability Zone per spread placement group. */
export const MAX_SPREAD_INSTANCES_PER_ZONE = 7;

/**
 * Drawing limits of the simulator, not AWS limits: past these the picture stops being readable on a phone.
 * 4 × 7 instances means every instance count the simulator accepts fits some spread group.
 */
export const SIMULATOR_MAX_ZONES = 4;
export const SIMULATOR_MAX_INSTANCES = SIMULATOR_MAX_ZONES * MAX_SPREAD_INSTANCES_PER_ZONE;

/**
 * Instances drawn per rack. AWS publishes no such number; it only keeps the picture honest about
 * cluster instances sharing racks while partition and spread instances do not.
 */
export const RACK_SLOTS = 4;

/** What the reader asks for. Loosely typed on purpose: it comes straight from form fields. */
export interface PlacementRequest {
	strategy: string;
	instances: number;
	zones: number;
	/** Only read for the partition strategy. */
	partitionsPerZone: number;
}

/** A rack and the numbers (1-based, in launch order) of this group's instances on it. */
export interface Rack {
	instances: number[];
}

/** Racks that belong together: a partition, or all of a zone's racks for cluster and spread. */
export interface RackGroup {
	/** Partition number within its zone, for partition groups only. */
	partition?: number;
	racks: Rack[];
}

export interface Zone {
	/** Korean display name, e.g. "가용 영역 A". */
	name: string;
	groups: RackGroup[];
}

export interface Placement {
	strategy: Strategy;
	instances: number;
	zones: Zone[];
}

export type PlacementField = 'strategy' | 'instances' | 'zones' | 'partitionsPerZone';

/** One reason a request cannot be placed, as a Korean sentence for the reader. */
export interface PlacementProblem {
	field: PlacementField;
	message: string;
}

export type PlacementResult = { ok: true; placement: Placement } | { ok: false; problems: PlacementProblem[] };

/** True for the three strategy code names; narrows arbitrary strings from forms or URLs. */
export function isStrategy(value: unknown): value is Strategy {
	return typeof value === 'string' && (STRATEGIES as readonly string[]).includes(value);
}

/**
 * Turns a form field's text into a number for {@link placeInstances}: blank is NaN (so the reader is asked
 * to type a number rather than told about zero), anything else goes through `Number`.
 */
export function parseCount(raw: string): number {
	return raw.trim() === '' ? Number.NaN : Number(raw);
}

const FIELD_NAMES: Readonly<Record<Exclude<PlacementField, 'strategy'>, string>> = {
	instances: '인스턴스 수',
	zones: '가용 영역 수',
	partitionsPerZone: '가용 영역당 파티션 수',
};

function countProblem(
	field: Exclude<PlacementField, 'strategy'>,
	value: number,
	max: number,
	maxReason: string,
): PlacementProblem | undefined {
	const name = FIELD_NAMES[field];
	if (typeof value !== 'number' || Number.isNaN(value)) return { field, message: `${name}를 숫자로 입력하세요.` };
	if (value > max) return { field, message: `${maxReason} (입력: ${value})` };
	if (value < 1) return { field, message: `${name}는 1 이상이어야 합니다. (입력: ${value})` };
	if (!Number.isInteger(value)) return { field, message: `${name}는 정수여야 합니다. (입력: ${value})` };
	return undefined;
}

/** Zone names A, B, C, … as the console's zone suffixes (a, b, c) suggest. */
export function zoneName(index: number): string {
	return `가용 영역 ${String.fromCharCode(65 + index)}`;
}

function chunk(numbers: readonly number[], size: number): Rack[] {
	const racks: Rack[] = [];
	for (let start = 0; start < numbers.length; start += size)
		racks.push({ instances: numbers.slice(start, start + size) });
	return racks;
}

/** Instance numbers 1..count dealt round-robin into `buckets` lists, the way an even spread fills them. */
function deal(numbers: readonly number[], buckets: number): number[][] {
	const dealt = Array.from({ length: buckets }, (): number[] => []);
	numbers.forEach((number, index) => dealt[index % buckets]!.push(number));
	return dealt;
}

function layOut(strategy: Strategy, instances: number, zones: number, partitionsPerZone: number): Placement {
	const numbers = Array.from({ length: instances }, (_, index) => index + 1);
	const perZone = deal(numbers, zones);
	return {
		strategy,
		instances,
		zones: perZone.map((zoneNumbers, index) => ({
			name: zoneName(index),
			groups:
				strategy === 'partition'
					? deal(zoneNumbers, partitionsPerZone).map((partNumbers, part) => ({
							partition: part + 1,
							racks: chunk(partNumbers, RACK_SLOTS),
						}))
					: // Cluster packs instances onto as few neighbouring racks as it can; spread gives each its own.
						[{ racks: chunk(zoneNumbers, strategy === 'cluster' ? RACK_SLOTS : 1) }],
		})),
	};
}

/**
 * Checks a request against the AWS rules (and the simulator's drawing limits) and, when it is allowed,
 * places the instances: evenly across zones, then evenly across partitions, in launch order.
 * Never throws; a refused request lists every problem found, each as a Korean sentence.
 */
export function placeInstances(request: PlacementRequest): PlacementResult {
	const { strategy, instances, zones, partitionsPerZone } = request;
	if (!isStrategy(strategy)) {
		return {
			ok: false,
			problems: [
				{
					field: 'strategy',
					message: `알 수 없는 배치 전략입니다: "${String(strategy)}". 클러스터, 파티션, 분산 중에서 고르세요.`,
				},
			],
		};
	}
	const problems = [
		countProblem(
			'instances',
			instances,
			SIMULATOR_MAX_INSTANCES,
			`이 시뮬레이터는 인스턴스를 최대 ${SIMULATOR_MAX_INSTANCES}개까지 그립니다.`,
		),
		countProblem(
			'zones',
			zones,
			SIMULATOR_MAX_ZONES,
			`이 시뮬레이터는 가용 영역을 최대 ${SIMULATOR_MAX_ZONES}개까지 그립니다.`,
		),
		strategy === 'partition'
			? countProblem(
					'partitionsPerZone',
					partitionsPerZone,
					MAX_PARTITIONS_PER_ZONE,
					`파티션 배치그룹은 가용 영역당 파티션을 최대 ${MAX_PARTITIONS_PER_ZONE}개까지 가질 수 있습니다.`,
				)
			: undefined,
	].filter((problem) => problem !== undefined);
	if (problems.length > 0) return { ok: false, problems };

	if (strategy === 'cluster' && zones > 1) {
		return {
			ok: false,
			problems: [
				{
					field: 'zones',
					message: `클러스터 배치그룹은 단일 가용 영역에만 만들 수 있습니다. 가용 영역 ${zones}개를 골랐으니 1개로 줄이세요.`,
				},
			],
		};
	}
	const busiestZone = Math.ceil(instances / zones);
	if (strategy === 'spread' && busiestZone > MAX_SPREAD_INSTANCES_PER_ZONE) {
		const needed = Math.ceil(instances / MAX_SPREAD_INSTANCES_PER_ZONE);
		return {
			ok: false,
			problems: [
				{
					field: 'instances',
					message:
						`분산 배치그룹은 그룹당 가용 영역별로 실행 중인 인스턴스를 최대 ${MAX_SPREAD_INSTANCES_PER_ZONE}개까지 둘 수 있습니다. ` +
						`인스턴스 ${instances}개를 가용 영역 ${zones}개에 나누면 한 가용 영역에 ${busiestZone}개가 됩니다. ` +
						`가용 영역을 ${needed}개 이상으로 늘리거나 인스턴스를 줄이세요.`,
				},
			],
		};
	}
	return { ok: true, placement: layOut(strategy, instances, zones, partitionsPerZone) };
}
