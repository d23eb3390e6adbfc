/**
 * Queries for the search benchmark (`npm run bench`): what a reader of the EC2 notes would type, in Korean
 * and in the English terms the notes use. The search team's evaluation set can replace this file, or be
 * passed with `npm run bench -- --queries=<module>`. The benchmark reads the module's `queries` export
 * (strings or `{ query }` objects) or, without one, its first exported list of `{ query }` objects, such as
 * an evaluation set's `searchCases` (scripts/bench/query-list.ts).
 */
export const queries: readonly string[] = [
	'보안그룹',
	'탄력적 IP',
	'스팟',
	'배치그룹',
	'파티션',
	'온디맨드',
	'예약 인스턴스',
	'ENI',
	'AMI',
	'서브넷',
	'인바운드',
	'라이프사이클',
	'중지',
	'최대 절전',
	'전용 호스트',
	'Savings Plans',
	'퍼블릭 IP',
	'가용 영역',
	'클러스터',
	'스냅샷',
	'VPC',
	'요금',
	'상태 저장',
	'네트워크 인터페이스',
];
