import type { NoteSlug } from '../site/sidebar.ts';

/** One concept of the notes: how readers name it, what it means, and where the notes explain it. */
export interface GlossaryEntry {
	/** The Korean term as the notes use it; the 용어집 sorts by it. */
	term: string;
	/** AWS's English name. */
	english: string;
	/** Abbreviations readers type (EIP, SG, RI …). */
	abbreviations?: readonly string[];
	/** Other spellings that mean the same: spacing variants, short forms, Korean transliterations. */
	aliases?: readonly string[];
	/** A one-sentence Korean definition. */
	definition: string;
	/** Page that explains it (`index` is the overview). */
	page: NoteSlug | 'index';
	/** Heading text of the section that explains it; the page top when absent. */
	section?: string;
}

/**
 * The glossary: the single source for search aliases and the 용어집 page.
 * Definitions follow the notes and AWS's EC2 documentation.
 */
const entries = [
	{
		term: 'EC2',
		english: 'Amazon Elastic Compute Cloud',
		aliases: ['Amazon EC2', '아마존 EC2', 'Elastic Compute Cloud'],
		definition: 'AWS의 클라우드 컴퓨팅 서비스로, 클라우드 가상서버(VM)를 필요한 만큼 빌려 쓴다.',
		page: 'index',
	},
	{
		term: '가상서버',
		english: 'Virtual Machine',
		abbreviations: ['VM'],
		aliases: ['가상 서버', '가상 머신', '가상머신'],
		definition: '물리 서버 위에서 소프트웨어로 나뉘어 동작하는 서버. EC2 인스턴스가 곧 클라우드 가상서버다.',
		page: 'index',
	},
	{
		term: '구매옵션',
		english: 'Instance purchasing options',
		aliases: ['구매 옵션', '요금 옵션', 'purchasing option', 'pricing'],
		definition: '같은 인스턴스를 약정, 용량, 중단 가능성에 따라 다른 방식과 요금으로 사는 선택지.',
		page: 'purchase-options',
	},
	{
		term: '온디맨드 인스턴스',
		english: 'On-Demand Instances',
		aliases: ['온디맨드', 'On-Demand', 'on demand', 'ondemand'],
		definition: '약정 없이 초당 사용한 만큼 비용을 내는 구매옵션.',
		page: 'purchase-options',
	},
	{
		term: '예약 인스턴스',
		english: 'Reserved Instances',
		abbreviations: ['RI'],
		aliases: ['리저브드 인스턴스', 'Reserved Instance', '예약'],
		definition: '1년 또는 3년 기간을 약정하고 할인된 요금으로 쓰는 구매옵션.',
		page: 'purchase-options',
	},
	{
		term: 'Savings Plans',
		english: 'Savings Plans',
		abbreviations: ['SP'],
		aliases: ['세이빙스 플랜', '세이빙 플랜', '절감형 플랜', 'Saving Plan', 'Savings Plan'],
		definition: '1년 또는 3년 동안 일정 사용량(시간당 금액)을 약정하고 할인된 요금으로 쓰는 구매옵션.',
		page: 'purchase-options',
	},
	{
		term: '스팟 인스턴스',
		english: 'Spot Instances',
		aliases: ['스팟', 'Spot', 'Spot Instance'],
		definition: 'AWS가 현재 사용하지 않는 예비 용량을 싸게 쓰는 구매옵션. AWS가 용량을 되찾을 때 중단될 수 있다.',
		page: 'purchase-options',
	},
	{
		term: '전용 호스트',
		english: 'Dedicated Hosts',
		aliases: ['Dedicated Host', '전용호스트'],
		definition: '한 고객만 쓰는 물리적 서버를 통째로 할당받는 구매옵션.',
		page: 'purchase-options',
	},
	{
		term: '전용 인스턴스',
		english: 'Dedicated Instances',
		aliases: ['Dedicated Instance', '전용인스턴스'],
		definition: '다른 고객과 하드웨어를 공유하지 않는 전용 하드웨어에서 실행되는 인스턴스.',
		page: 'purchase-options',
	},
	{
		term: '온디맨드 용량 예약',
		english: 'On-Demand Capacity Reservations',
		abbreviations: ['ODCR'],
		aliases: ['용량 예약', 'Capacity Reservation'],
		definition: '원하는 기간 동안 특정 가용 영역의 인스턴스 용량을 미리 확보해 두는 구매옵션.',
		page: 'purchase-options',
	},
	{
		term: 'EC2 네트워킹',
		english: 'EC2 networking',
		aliases: ['네트워킹', '네트워크', 'networking', 'network'],
		definition: '인스턴스가 VPC의 서브넷에서 네트워크 인터페이스와 IP 주소를 받아 통신하는 방식.',
		page: 'networking',
	},
	{
		term: 'VPC',
		english: 'Virtual Private Cloud',
		abbreviations: ['VPC'],
		aliases: ['가상 사설 클라우드', '가상 프라이빗 클라우드'],
		definition: 'AWS 안에 논리적으로 격리된 나만의 가상 네트워크. 인스턴스를 시작할 때 VPC에서 서브넷을 고른다.',
		page: 'networking',
	},
	{
		term: '서브넷',
		english: 'Subnet',
		aliases: ['subnet', '서브 넷'],
		definition: 'VPC의 IP 주소 대역을 나눈 범위. 인스턴스의 프라이빗 IP 주소가 이 대역에서 할당된다.',
		page: 'networking',
	},
	{
		term: '네트워크 인터페이스',
		english: 'Elastic Network Interface',
		abbreviations: ['ENI'],
		aliases: ['탄력적 네트워크 인터페이스', '가상 네트워크 인터페이스', 'network interface', '랜카드'],
		definition: '인스턴스에 연결되어 네트워크 통신을 하는 가상 네트워크 인터페이스. IP 주소와 MAC 주소를 가진다.',
		page: 'eni',
	},
	{
		term: '기본 네트워크 인터페이스',
		english: 'Primary network interface',
		aliases: ['eth0', '기본 ENI', 'primary ENI'],
		definition: '인스턴스를 시작할 때 함께 만들어지고 떼어 낼 수 없는 네트워크 인터페이스.',
		page: 'networking',
	},
	{
		term: 'MAC 주소',
		english: 'MAC address',
		aliases: ['맥 주소', 'MAC'],
		definition: '네트워크 인터페이스마다 부여되는 하드웨어 주소.',
		page: 'eni',
		section: '특징',
	},
	{
		term: '보안그룹',
		english: 'Security Group',
		abbreviations: ['SG'],
		aliases: ['보안 그룹', 'Security Groups', '시큐리티 그룹', '방화벽', 'firewall'],
		definition: '인스턴스의 인바운드·아웃바운드 트래픽을 허용 규칙으로 제어하는 상태 저장 가상 방화벽.',
		page: 'security-groups',
	},
	{
		term: '상태 저장 방화벽',
		english: 'Stateful firewall',
		aliases: ['Stateful', '스테이트풀', '상태저장'],
		definition: '연결 상태를 추적해서, 허용된 요청의 응답 트래픽은 규칙과 관계없이 통과시키는 방화벽.',
		page: 'security-groups',
	},
	{
		term: '인바운드 트래픽',
		english: 'Inbound traffic',
		aliases: ['인바운드', 'Inbound', '들어오는 트래픽'],
		definition: '외부에서 EC2 인스턴스로 들어오는 트래픽.',
		page: 'security-groups',
		section: '인바운드와 아웃바운드',
	},
	{
		term: '아웃바운드 트래픽',
		english: 'Outbound traffic',
		aliases: ['아웃바운드', 'Outbound', '나가는 트래픽'],
		definition: 'EC2 인스턴스에서 외부로 나가는 트래픽.',
		page: 'security-groups',
		section: '인바운드와 아웃바운드',
	},
	{
		term: '보안그룹 규칙',
		english: 'Security group rules',
		aliases: ['보안 그룹 규칙', '제어 규칙', 'rules', 'rule'],
		definition: '트래픽 유형, 프로토콜, 포트, 대상으로 허용할 트래픽을 정하는 규칙. 거부 규칙은 만들 수 없다.',
		page: 'security-groups',
		section: '제어 규칙',
	},
	{
		term: '퍼블릭 IP',
		english: 'Public IPv4 address',
		aliases: ['퍼블릭 IP 주소', '공인 IP', 'public IP', '공용 IP'],
		definition: '인터넷 연결에 쓰는 IP 주소. 자동 할당된 퍼블릭 IP는 인스턴스를 중지 후 시작하면 바뀐다.',
		page: 'elastic-ip',
		section: '퍼블릭 IP와 프라이빗 IP',
	},
	{
		term: '프라이빗 IP',
		english: 'Private IPv4 address',
		aliases: ['프라이빗 IP 주소', '사설 IP', 'private IP', '내부 IP'],
		definition: '내부에서만 쓰는 IP 주소. 서브넷의 IP 주소 대역에서 기본 네트워크 인터페이스에 할당된다.',
		page: 'elastic-ip',
		section: '퍼블릭 IP와 프라이빗 IP',
	},
	{
		term: '탄력적 IP',
		english: 'Elastic IP address',
		abbreviations: ['EIP'],
		aliases: ['탄력적 IP 주소', 'Elastic IP', '일래스틱 IP', '고정 IP', '정적 IP'],
		definition: '인터넷에 연결 가능한 정적인 퍼블릭 IP 주소. 생성된 리전 안에서만 쓸 수 있다.',
		page: 'elastic-ip',
		section: 'Elastic IP',
	},
	{
		term: '인터넷 게이트웨이',
		english: 'Internet gateway',
		abbreviations: ['IGW'],
		aliases: ['Internet Gateway', '게이트웨이'],
		definition: 'VPC와 인터넷 사이의 통신을 가능하게 하는 VPC 구성 요소.',
		page: 'elastic-ip',
		section: '퍼블릭 IP와 프라이빗 IP',
	},
	{
		term: '리전',
		english: 'Region',
		aliases: ['Region', '지역'],
		definition:
			'여러 가용 영역으로 이루어진, 지리적으로 떨어진 AWS 인프라 단위. 탄력적 IP는 만든 리전 밖으로 옮길 수 없다.',
		page: 'elastic-ip',
		section: 'Elastic IP',
	},
	{
		term: '가용 영역',
		english: 'Availability Zone',
		abbreviations: ['AZ'],
		aliases: ['가용영역', 'Availability Zones'],
		definition: '리전 안에서 전원과 네트워크가 분리된 하나 이상의 데이터 센터.',
		page: 'placement-groups',
		section: '배치그룹 비교',
	},
	{
		term: 'AMI',
		english: 'Amazon Machine Image',
		abbreviations: ['AMI'],
		aliases: ['머신 이미지', '아마존 머신 이미지', 'Machine Image', '이미지'],
		definition: '인스턴스 시작에 필요한 소프트웨어 구성(운영체제, 애플리케이션 서버, 애플리케이션)이 포함된 템플릿.',
		page: 'ami',
	},
	{
		term: 'AMI 유형',
		english: 'AMI types',
		aliases: ['AMI 종류', 'AMI 카탈로그'],
		definition: 'Quickstart AMI, 커스텀 AMI, AWS Marketplace AMI, 커뮤니티 AMI의 네 가지.',
		page: 'ami',
		section: 'AMI 유형',
	},
	{
		term: 'Quickstart AMI',
		english: 'Quick Start AMI',
		aliases: ['빠른 시작 AMI', 'Quick Start', '퀵스타트'],
		definition: 'AWS에서 제공하는, 자주 사용하는 소프트웨어로 구성된 AMI.',
		page: 'ami',
		section: 'AMI 유형',
	},
	{
		term: '커스텀 AMI',
		english: 'Custom AMI',
		aliases: ['사용자 지정 AMI', '내 AMI', 'My AMI', '커스텀 이미지'],
		definition: '사용자가 운영 중인 인스턴스에서 직접 만든 AMI. 같은 환경의 인스턴스를 빠르게 시작할 수 있다.',
		page: 'ami',
		section: '커스텀 AMI를 만드는 방법',
	},
	{
		term: 'AWS Marketplace AMI',
		english: 'AWS Marketplace AMI',
		aliases: ['마켓플레이스', 'Marketplace', '마켓플레이스 AMI'],
		definition: '서드파티 회사가 AWS Marketplace(온라인 소프트웨어 상점)에 등록한 AMI.',
		page: 'ami',
		section: 'AMI 유형',
	},
	{
		term: '커뮤니티 AMI',
		english: 'Community AMI',
		aliases: ['Community'],
		definition: 'AWS 개발자 커뮤니티 회원들이 공개한 AMI.',
		page: 'ami',
		section: 'AMI 유형',
	},
	{
		term: '스냅샷',
		english: 'EBS snapshot',
		aliases: ['Snapshot', '스냅숏'],
		definition: 'EBS 볼륨의 특정 시점 백업. 스냅샷에서 이미지를 생성해 커스텀 AMI를 만든다.',
		page: 'ami',
		section: '커스텀 AMI를 만드는 방법',
	},
	{
		term: '배치그룹',
		english: 'Placement Groups',
		aliases: ['배치 그룹', 'Placement Group', 'Placement'],
		definition: 'EC2 인스턴스 그룹을 하드웨어에 어떻게 배치할지 정하는 전략. 클러스터, 파티션, 분산 세 가지가 있다.',
		page: 'placement-groups',
	},
	{
		term: '클러스터 배치그룹',
		english: 'Cluster placement group',
		aliases: ['클러스터', 'Cluster', '클러스터 배치 그룹', '클러스터형'],
		definition:
			'단일 가용 영역 안의 인스턴스를 고속 네트워크로 가까이 묶어, 짧은 지연시간과 높은 처리량을 얻는 배치그룹.',
		page: 'placement-groups',
		section: '클러스터(Cluster) 배치그룹',
	},
	{
		term: '파티션 배치그룹',
		english: 'Partition placement group',
		aliases: ['파티션', 'Partition', '파티션 배치 그룹', '파티션형'],
		definition: '인스턴스를 하드웨어를 공유하지 않는 파티션으로 나누는 배치그룹. 가용 영역당 파티션은 최대 7개다.',
		page: 'placement-groups',
		section: '파티션(Partition) 배치그룹',
	},
	{
		term: '분산 배치그룹',
		english: 'Spread placement group',
		aliases: ['분산형 배치그룹', '분산', '분산형', 'Spread', '분산 배치 그룹', '분산그룹'],
		definition: '각 인스턴스를 서로 다른 하드웨어에 두는 배치그룹. 그룹당 가용 영역별 실행 중 인스턴스는 최대 7개다.',
		page: 'placement-groups',
		section: '분산형(Spread) 배치그룹',
	},
	{
		term: '고성능 컴퓨팅',
		english: 'High Performance Computing',
		abbreviations: ['HPC'],
		aliases: ['고성능 컴퓨팅 애플리케이션'],
		definition: '많은 인스턴스가 짧은 지연시간으로 긴밀히 통신하는 계산 작업. 클러스터 배치그룹이 적합하다.',
		page: 'placement-groups',
		section: '클러스터(Cluster) 배치그룹',
	},
	{
		term: '라이프사이클',
		english: 'Instance lifecycle',
		aliases: ['라이프 사이클', '수명 주기', '생명주기', 'Lifecycle', 'life cycle'],
		definition: 'EC2 인스턴스가 시작 순간부터 종료될 때까지 거치는 상태들.',
		page: 'lifecycle',
	},
	{
		term: '인스턴스 상태',
		english: 'Instance state',
		aliases: ['상태', 'state', 'pending', 'running', 'stopping', 'shutting-down'],
		definition: 'pending, running, stopping, stopped, shutting-down, terminated 중 인스턴스의 현재 상태.',
		page: 'lifecycle',
		section: '인스턴스 상태',
	},
	{
		term: '재부팅',
		english: 'Reboot',
		aliases: ['리부트', 'Rebooting'],
		definition: '인스턴스를 다시 부팅하는 것. 인스턴스는 running 상태를 유지한다.',
		page: 'lifecycle',
		section: '인스턴스 상태',
	},
	{
		term: '중지',
		english: 'Stop',
		aliases: ['stopped', '정지'],
		definition:
			'인스턴스 전원을 끄는 것. 중지된 동안 인스턴스 사용 요금은 청구되지 않지만 EBS 스토리지 비용은 청구된다.',
		page: 'lifecycle',
		section: '인스턴스 상태',
	},
	{
		term: '종료',
		english: 'Terminate',
		aliases: ['Termination', 'terminated', '인스턴스 삭제'],
		definition: '인스턴스를 삭제하는 것. 종료된 인스턴스는 다시 시작할 수 없다.',
		page: 'lifecycle',
		section: '인스턴스 상태',
	},
	{
		term: '최대절전모드',
		english: 'Hibernate',
		aliases: ['최대 절전 모드', '절전 모드', '절전모드', 'Hibernation', '하이버네이트', '잠자기 모드'],
		definition:
			'램에 있는 애플리케이션 상태를 루트 볼륨에 저장하고 인스턴스를 중지하는 것. 부팅 시 로드시간이 오래 걸릴 때 유용하다.',
		page: 'lifecycle',
		section: '인스턴스 상태',
	},
	{
		term: 'EBS',
		english: 'Amazon Elastic Block Store',
		abbreviations: ['EBS'],
		aliases: ['EBS 볼륨', 'Elastic Block Store', '루트 볼륨', '볼륨', '스토리지'],
		definition: '인스턴스에 연결하는 블록 스토리지 볼륨. 중지된 인스턴스라도 EBS 스토리지 비용은 청구된다.',
		page: 'lifecycle',
		section: '상태별 요금과 EBS',
	},
] as const satisfies readonly GlossaryEntry[];

/** The glossary, widened to the entry type so consumers can read optional fields. */
export const glossary: readonly GlossaryEntry[] = entries;
