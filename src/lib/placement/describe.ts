/**
 * Korean prose about a placement: the sentences the diagrams' <desc> and the simulator's announcement read
 * out. The rules and the model of where instances land are in rules.ts; this file only words their result.
 */
import { STRATEGY_LABELS, zoneName, type Placement, type PlacementResult, type Zone } from './rules.ts';

function count(zone: Zone): number {
	return zone.groups.reduce((sum, group) => sum + group.racks.reduce((n, rack) => n + rack.instances.length, 0), 0);
}

/**
 * One or two Korean sentences saying where the instances landed; the diagrams' <desc> and the
 * simulator's announcement both use it, so what is read out matches what is drawn.
 */
export function describePlacement(placement: Placement): string {
	const { strategy, instances, zones } = placement;
	const perZone = zones.map((zone) => `${zone.name.replace('가용 영역 ', '')} ${count(zone)}개`).join(', ');
	if (strategy === 'cluster') {
		const racks = zones[0]?.groups[0]?.racks.length ?? 0;
		return (
			`${zones[0]?.name ?? zoneName(0)} 한 곳에서 인스턴스 ${instances}개를 나란히 붙은 랙 ${racks}개에 모아 ` +
			'저지연·고대역폭 네트워크 하나로 연결합니다.'
		);
	}
	if (strategy === 'partition') {
		const partitions = zones[0]?.groups.length ?? 0;
		const where =
			zones.length === 1
				? `${zones[0]?.name}를 파티션 ${partitions}개로 나누고 인스턴스 ${instances}개를 고르게 둡니다`
				: `인스턴스 ${instances}개를 가용 영역 ${zones.length}개(${perZone})에 나누고, 가용 영역마다 파티션 ${partitions}개에 고르게 둡니다`;
		return `${where}. 파티션마다 랙이 따로 있어 파티션끼리 하드웨어를 공유하지 않습니다.`;
	}
	const where =
		zones.length === 1
			? `${zones[0]?.name} 안의 인스턴스 ${instances}개를`
			: `인스턴스 ${instances}개를 가용 영역 ${zones.length}개(${perZone})에 나누고`;
	return `${where} 하나씩 서로 다른 랙에 둡니다. 랙마다 네트워크와 전원이 따로 있습니다.`;
}

/** The announcement for a simulator result: where the instances landed, or why they cannot. */
export function summarizeResult(result: PlacementResult): string {
	if (!result.ok) return `배치할 수 없습니다. ${result.problems.map((problem) => problem.message).join(' ')}`;
	return `${STRATEGY_LABELS[result.placement.strategy]} 배치그룹: ${describePlacement(result.placement)}`;
}
