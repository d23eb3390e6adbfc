import type { DictionaryEntry } from './types.ts';

/** AWS Organizations: the organization and its accounts, the OU tree, policies across accounts, billing. */
export const organizations = [
	{
		id: 'organizations-service',
		korean: 'AWS Organizations',
		variants: ['Organizations', '오거니제이션'],
		english: 'AWS Organizations',
		service: 'Organizations',
		definition: '여러 AWS 계정을 하나로 묶어 중앙에서 관리하고 정책을 적용하고 요금을 통합하는 계정 관리 서비스이다.',
	},
	{
		id: 'organizations-organization',
		korean: '조직',
		variants: ['AWS 조직'],
		english: 'Organization',
		service: 'Organizations',
		definition:
			'관리 계정 하나와 멤버 계정들, 그리고 이들을 나무 구조로 정리하는 루트와 OU로 이루어진, 중앙에서 관리하는 계정 모음이다.',
	},
	{
		id: 'organizations-management-account',
		korean: '관리 계정',
		variants: ['관리계정', '마스터 계정', '지급인 계정', 'Management Account'],
		english: 'Management account',
		service: 'Organizations',
		definition:
			'조직을 만든 계정으로, 다른 계정을 초대하거나 만들고 정책을 적용하며 모든 멤버 계정의 요금을 내는 책임을 진다.',
	},
	{
		id: 'organizations-member-account',
		korean: '멤버 계정',
		variants: ['멤버계정', '구성원 계정', 'Member Account'],
		english: 'Member account',
		service: 'Organizations',
		definition: '관리 계정이 아닌, 조직에 속한 나머지 AWS 계정으로, 한 번에 하나의 조직에만 속할 수 있다.',
	},
	{
		id: 'organizations-root',
		korean: '조직 루트',
		variants: ['루트 컨테이너', 'Organization Root'],
		english: 'Root',
		service: 'Organizations',
		definition: '조직의 모든 계정과 OU를 담는 최상위 부모 컨테이너로, 여기에 붙인 정책은 조직 전체에 적용된다.',
	},
	{
		id: 'organizations-ou',
		korean: '조직 단위',
		variants: ['조직단위'],
		english: 'Organizational unit',
		abbreviations: ['OU'],
		service: 'Organizations',
		definition:
			'루트 안에서 계정을 묶는 컨테이너로, 최대 5단계까지 중첩할 수 있고 붙인 정책은 그 아래 모든 계정에 상속된다.',
	},
	{
		id: 'organizations-scp',
		korean: '서비스 제어 정책',
		variants: ['서비스제어정책', 'Service Control Policy'],
		english: 'Service control policy',
		abbreviations: ['SCP'],
		service: 'Organizations',
		definition:
			'조직의 계정 안 IAM 사용자와 역할이 가질 수 있는 최대 권한을 정하는 정책으로, 스스로 권한을 주지 않고 관리 계정에는 적용되지 않는다.',
	},
	{
		id: 'organizations-rcp',
		korean: '리소스 제어 정책',
		variants: ['리소스제어정책', 'Resource Control Policy'],
		english: 'Resource control policy',
		abbreviations: ['RCP'],
		service: 'Organizations',
		definition: '조직 계정의 리소스에 대해 누구든 받을 수 있는 최대 권한을 중앙에서 제한하는 권한 정책이다.',
	},
	{
		id: 'organizations-consolidated-billing',
		korean: '통합 결제',
		variants: ['통합결제', '통합 청구', 'Consolidated Billing'],
		english: 'Consolidated billing',
		service: 'Organizations',
		definition:
			'조직의 모든 계정 요금을 관리 계정 하나에서 한 장의 청구서로 내며, 사용량을 합쳐 볼륨 할인과 예약 인스턴스 할인을 나눠 받는 기능이다.',
	},
	{
		id: 'organizations-delegated-administrator',
		korean: '위임된 관리자',
		variants: ['위임 관리자', 'Delegated Administrator'],
		english: 'Delegated administrator',
		service: 'Organizations',
		definition: '관리 계정 대신 특정 AWS 서비스의 조직 전체 관리를 맡도록 지정한 멤버 계정이다.',
	},
	{
		id: 'organizations-tag-policy',
		korean: '태그 정책',
		variants: ['태그정책', 'Tag Policy'],
		english: 'Tag policy',
		service: 'Organizations',
		definition: '조직의 계정에서 리소스에 붙이는 태그 키와 값의 표기를 표준화하도록 정하는 관리 정책이다.',
	},
	{
		id: 'organizations-backup-policy',
		korean: '백업 정책',
		variants: ['백업정책', 'Backup Policy'],
		english: 'Backup policy',
		service: 'Organizations',
		definition: '조직의 계정 리소스에 AWS Backup 계획을 중앙에서 배포하고 적용하는 관리 정책이다.',
	},
	{
		id: 'organizations-all-features',
		korean: '모든 기능',
		variants: ['모든 기능 활성화', 'All Features'],
		english: 'All features',
		service: 'Organizations',
		definition: '통합 결제에 더해 SCP 같은 권한 정책과 다른 AWS 서비스와의 통합을 쓰게 하는 조직의 기능 집합이다.',
	},
	{
		id: 'organizations-trusted-access',
		korean: '신뢰할 수 있는 액세스',
		variants: ['신뢰할수있는액세스', 'Trusted Access'],
		english: 'Trusted access',
		service: 'Organizations',
		definition:
			'CloudTrail이나 IAM Identity Center 같은 AWS 서비스가 조직과 그 계정에서 사용자를 대신해 작업하도록 허락하는 설정이다.',
	},
	{
		id: 'organizations-control-tower',
		korean: 'AWS Control Tower',
		variants: ['Control Tower', '컨트롤 타워'],
		english: 'AWS Control Tower',
		service: 'Organizations',
		definition:
			'Organizations 위에서 모범 사례에 따른 다중 계정 환경(랜딩 존)을 설정하고 가드레일로 통제하는 서비스이다.',
	},
] as const satisfies readonly DictionaryEntry[];
