/**
 * The search evaluation set: what a Korean reader types, and the page (and section heading) it should land on.
 * Written by hand from how people search, not from the index; used by e2e/search-eval.spec.ts and `npm run bench`.
 */
/** A query and where a reader expects it to land. */
export interface ExpectedHit {
	query: string;
	/** Page slug (`index` for the home page). */
	page: string;
	/** Heading text of the expected section; when absent, any section of the page counts. */
	section?: string;
}

export interface SearchCase extends ExpectedHit {
	kind: 'particle' | 'spacing' | 'english' | 'abbreviation' | 'question' | 'plain';
}

export const searchCases: readonly SearchCase[] = [
	// Particles and endings attached to the concept.
	{ query: '보안그룹에서', page: 'security-groups', kind: 'particle' },
	{ query: '보안그룹을', page: 'security-groups', kind: 'particle' },
	{ query: '인스턴스를 중지하면', page: 'lifecycle', section: '인스턴스 상태', kind: 'particle' },
	{ query: '스냅샷으로', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'particle' },
	{ query: '서브넷의', page: 'networking', kind: 'particle' },
	{ query: '파티션은', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'particle' },
	{ query: '리전에서', page: 'elastic-ip', section: 'Elastic IP', kind: 'particle' },
	{ query: '가용 영역으로', page: 'placement-groups', section: '배치그룹 비교', kind: 'particle' },
	{ query: '탄력적 IP를', page: 'elastic-ip', section: 'Elastic IP', kind: 'particle' },
	{ query: '배치그룹이란', page: 'placement-groups', kind: 'particle' },
	{ query: '최대절전모드는', page: 'lifecycle', section: '인스턴스 상태', kind: 'particle' },
	{ query: '재부팅하면', page: 'lifecycle', section: '인스턴스 상태', kind: 'particle' },
	{ query: '인바운드 트래픽이', page: 'security-groups', section: '인바운드와 아웃바운드', kind: 'particle' },
	{ query: 'AMI를', page: 'ami', kind: 'particle' },
	{ query: 'ENI와', page: 'eni', kind: 'particle' },
	// Spaced and unspaced compounds.
	{ query: '보안 그룹', page: 'security-groups', kind: 'spacing' },
	{ query: '보안 그룹 규칙', page: 'security-groups', section: '제어 규칙', kind: 'spacing' },
	{ query: '탄력적IP', page: 'elastic-ip', section: 'Elastic IP', kind: 'spacing' },
	{ query: '배치 그룹', page: 'placement-groups', kind: 'spacing' },
	{ query: '라이프 사이클', page: 'lifecycle', kind: 'spacing' },
	{ query: '라이프사이클', page: 'lifecycle', kind: 'spacing' },
	{ query: '최대 절전 모드', page: 'lifecycle', section: '인스턴스 상태', kind: 'spacing' },
	{ query: '절전 모드', page: 'lifecycle', section: '인스턴스 상태', kind: 'spacing' },
	{ query: '가용영역', page: 'placement-groups', section: '배치그룹 비교', kind: 'spacing' },
	{ query: '스팟인스턴스', page: 'purchase-options', kind: 'spacing' },
	{ query: '예약인스턴스', page: 'purchase-options', kind: 'spacing' },
	{ query: '온디맨드용량예약', page: 'purchase-options', kind: 'spacing' },
	{ query: '네트워크인터페이스', page: 'eni', kind: 'spacing' },
	{ query: '퍼블릭IP', page: 'elastic-ip', section: '퍼블릭 IP와 프라이빗 IP', kind: 'spacing' },
	// English names.
	{ query: 'elastic ip', page: 'elastic-ip', section: 'Elastic IP', kind: 'english' },
	{ query: 'security group', page: 'security-groups', kind: 'english' },
	{ query: 'partition', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'english' },
	{ query: 'spread', page: 'placement-groups', section: '분산형(Spread) 배치그룹', kind: 'english' },
	{
		query: 'cluster placement group',
		page: 'placement-groups',
		section: '클러스터(Cluster) 배치그룹',
		kind: 'english',
	},
	{ query: 'placement group', page: 'placement-groups', kind: 'english' },
	{ query: 'hibernate', page: 'lifecycle', section: '인스턴스 상태', kind: 'english' },
	{ query: 'On-Demand', page: 'purchase-options', kind: 'english' },
	{ query: 'Reserved Instances', page: 'purchase-options', kind: 'english' },
	{ query: 'Savings Plans', page: 'purchase-options', kind: 'english' },
	{ query: 'spot instance', page: 'purchase-options', kind: 'english' },
	{ query: 'subnet', page: 'networking', kind: 'english' },
	{ query: 'snapshot', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'english' },
	{ query: 'Amazon Machine Image', page: 'ami', kind: 'english' },
	{ query: 'internet gateway', page: 'elastic-ip', section: '퍼블릭 IP와 프라이빗 IP', kind: 'english' },
	{ query: 'stateful', page: 'security-groups', kind: 'english' },
	// Abbreviations.
	{ query: 'EIP', page: 'elastic-ip', section: 'Elastic IP', kind: 'abbreviation' },
	{ query: 'SG', page: 'security-groups', kind: 'abbreviation' },
	{ query: 'RI', page: 'purchase-options', kind: 'abbreviation' },
	{ query: 'ENI', page: 'eni', kind: 'abbreviation' },
	{ query: 'AMI', page: 'ami', kind: 'abbreviation' },
	{ query: 'VPC', page: 'networking', kind: 'abbreviation' },
	{ query: 'AZ', page: 'placement-groups', section: '배치그룹 비교', kind: 'abbreviation' },
	{ query: 'EBS', page: 'lifecycle', section: '상태별 요금과 EBS', kind: 'abbreviation' },
	{ query: 'HPC', page: 'placement-groups', section: '클러스터(Cluster) 배치그룹', kind: 'abbreviation' },
	{ query: 'eip 요금', page: 'elastic-ip', section: 'Elastic IP', kind: 'abbreviation' },
	// Natural questions.
	{ query: '스팟 인스턴스가 뭐야', page: 'purchase-options', kind: 'question' },
	{ query: 'EC2란?', page: 'index', kind: 'question' },
	{ query: '커스텀 AMI 만드는 방법', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'question' },
	{ query: '보안그룹 거부 규칙 가능?', page: 'security-groups', section: '특징', kind: 'question' },
	{ query: '파티션 최대 몇 개', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'question' },
	{
		query: '분산 배치그룹 인스턴스 최대 7개',
		page: 'placement-groups',
		section: '분산형(Spread) 배치그룹',
		kind: 'question',
	},
	{ query: '중지된 인스턴스 요금', page: 'lifecycle', section: '인스턴스 상태', kind: 'question' },
	{ query: '탄력적 IP 다른 리전으로 이동', page: 'elastic-ip', section: 'Elastic IP', kind: 'question' },
	{ query: '퍼블릭 IP와 프라이빗 IP 차이', page: 'elastic-ip', section: '퍼블릭 IP와 프라이빗 IP', kind: 'question' },
	{ query: 'AMI 종류 알려줘', page: 'ami', section: 'AMI 유형', kind: 'question' },
	{ query: '인스턴스 상태 종류', page: 'lifecycle', section: '인스턴스 상태', kind: 'question' },
	// Plain words from the notes.
	{ query: '구매옵션', page: 'purchase-options', kind: 'plain' },
	{ query: '하둡', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'plain' },
	{ query: '마켓플레이스', page: 'ami', section: 'AMI 유형', kind: 'plain' },
];

/** Queries about things the notes do not cover: the search must not answer them with confidence. */
export const unanswerableQueries: readonly string[] = [
	'쿠버네티스 파드',
	'람다 함수 타임아웃',
	'DynamoDB 파티션 키 설계',
];
