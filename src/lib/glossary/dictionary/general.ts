import type { DictionaryEntry } from './types.ts';

/** AWS-wide terms that belong to no single service: global infrastructure, accounts, identifiers, tools. */
export const general = [
	{
		id: 'general-region',
		korean: '리전',
		variants: ['AWS 리전'],
		english: 'Region',
		service: 'General',
		definition: '여러 개의 격리된 가용 영역으로 이루어진, 세계의 한 지리적 위치에 있는 AWS 인프라 단위이다.',
	},
	{
		id: 'general-availability-zone',
		korean: '가용 영역',
		variants: ['가용영역'],
		english: 'Availability Zone',
		abbreviations: ['AZ'],
		service: 'General',
		definition: '리전 안에서 독립된 전력, 네트워크, 연결을 갖춘 하나 이상의 개별 데이터 센터이다.',
	},
	{
		id: 'general-edge-location',
		korean: '엣지 로케이션',
		variants: ['엣지로케이션', '에지 로케이션', '엣지 위치'],
		english: 'Edge location',
		service: 'General',
		definition:
			'CloudFront와 Route 53이 사용자 가까이에서 콘텐츠를 캐시하고 DNS 질의에 응답하는 전 세계의 데이터 센터이다.',
	},
	{
		id: 'general-local-zone',
		korean: '로컬 영역',
		variants: ['로컬영역', 'Local Zones', '로컬 존'],
		english: 'Local Zone',
		service: 'General',
		definition:
			'리전을 확장해 대도시 가까이에 컴퓨팅과 스토리지를 두어 그 지역 사용자에게 한 자릿수 밀리초 지연 시간을 제공하는 인프라이다.',
	},
	{
		id: 'general-wavelength-zone',
		korean: 'Wavelength 영역',
		variants: ['웨이브렝스', 'Wavelength Zones'],
		english: 'Wavelength Zone',
		service: 'General',
		definition:
			'통신사의 5G 네트워크 안에 AWS 컴퓨팅과 스토리지를 두어 모바일 기기에 초저지연 애플리케이션을 제공하는 인프라이다.',
	},
	{
		id: 'general-outposts',
		korean: 'AWS Outposts',
		variants: ['Outposts', '아웃포스트'],
		english: 'AWS Outposts',
		service: 'General',
		definition:
			'AWS 인프라와 서비스를 고객의 온프레미스 데이터 센터에 설치해 같은 API와 도구로 쓰게 하는 완전관리형 서비스이다.',
	},
	{
		id: 'general-arn',
		korean: 'ARN',
		variants: ['아마존 리소스 이름'],
		english: 'Amazon Resource Name',
		abbreviations: ['ARN'],
		service: 'General',
		definition: '파티션, 서비스, 리전, 계정 ID, 리소스를 콜론으로 이어 AWS 리소스를 고유하게 식별하는 문자열이다.',
	},
	{
		id: 'general-aws-account',
		korean: 'AWS 계정',
		variants: ['AWS계정', '에이더블유에스 계정'],
		english: 'AWS account',
		service: 'General',
		definition: 'AWS 리소스를 담고 요금이 청구되며 보안과 권한의 경계가 되는 기본 단위로, 12자리 ID로 식별된다.',
	},
	{
		id: 'general-management-console',
		korean: 'AWS Management Console',
		variants: ['관리 콘솔', 'AWS 콘솔'],
		english: 'AWS Management Console',
		service: 'General',
		definition: '웹 브라우저에서 AWS 서비스와 리소스를 보고 관리하는 그래픽 인터페이스이다.',
	},
	{
		id: 'general-cli',
		korean: 'AWS CLI',
		variants: ['AWS 명령줄 인터페이스', '명령줄 인터페이스'],
		english: 'AWS Command Line Interface',
		abbreviations: ['CLI'],
		service: 'General',
		definition: '터미널 셸에서 명령으로 AWS 서비스를 다루는 통합 도구이다.',
	},
	{
		id: 'general-sdk',
		korean: 'AWS SDK',
		variants: ['소프트웨어 개발 키트'],
		english: 'AWS SDK',
		abbreviations: ['SDK'],
		service: 'General',
		definition: '여러 프로그래밍 언어의 코드에서 AWS API를 호출하게 해 주는 라이브러리 모음이다.',
	},
	{
		id: 'general-tag',
		korean: '태그',
		variants: ['리소스 태그'],
		english: 'Tag',
		service: 'General',
		definition:
			'AWS 리소스에 붙이는 키와 선택적 값의 쌍으로, 리소스를 분류하고 비용을 추적하고 접근을 제어하는 데 쓴다.',
	},
	{
		id: 'general-shared-responsibility-model',
		korean: '공동 책임 모델',
		variants: ['공동책임모델', '책임 공유 모델'],
		english: 'Shared Responsibility Model',
		service: 'General',
		definition: 'AWS는 클라우드 자체의 보안을, 고객은 클라우드 안에 둔 데이터와 구성의 보안을 책임진다는 원칙이다.',
	},
	{
		id: 'general-service-quotas',
		korean: '서비스 할당량',
		variants: ['서비스할당량', '서비스 한도'],
		english: 'Service quotas',
		service: 'General',
		definition:
			'계정과 리전마다 만들 수 있는 리소스나 보낼 수 있는 요청 수의 최댓값으로, 상당수는 증가를 요청할 수 있다.',
	},
	{
		id: 'general-free-tier',
		korean: 'AWS 프리 티어',
		variants: ['프리 티어', '프리티어', '무료 티어'],
		english: 'AWS Free Tier',
		service: 'General',
		definition: '신규 고객이 정해진 한도 안에서 일부 AWS 서비스를 무료로 써 볼 수 있게 하는 제도이다.',
	},
	{
		id: 'general-cloudtrail',
		korean: 'AWS CloudTrail',
		variants: ['CloudTrail', '클라우드트레일'],
		english: 'AWS CloudTrail',
		service: 'General',
		definition:
			'계정에서 일어난 API 호출과 사용자 활동을 이벤트로 기록해 감사와 운영 문제 해결에 쓰게 하는 서비스이다.',
	},
	{
		id: 'general-cloudformation',
		korean: 'AWS CloudFormation',
		variants: ['CloudFormation', '클라우드포메이션'],
		english: 'AWS CloudFormation',
		abbreviations: ['CFN'],
		service: 'General',
		definition: 'JSON이나 YAML 템플릿에 적은 리소스를 스택 단위로 만들고 갱신하고 삭제하는 코드형 인프라 서비스이다.',
	},
	{
		id: 'general-acm',
		korean: 'AWS Certificate Manager',
		variants: ['인증서 관리자', 'Certificate Manager'],
		english: 'AWS Certificate Manager',
		abbreviations: ['ACM'],
		service: 'General',
		definition:
			'로드 밸런서나 CloudFront 같은 AWS 서비스에서 쓸 공인 SSL/TLS 인증서를 발급하고 자동으로 갱신하는 서비스이다.',
	},
	{
		id: 'general-waf',
		korean: 'AWS WAF',
		variants: ['웹 애플리케이션 방화벽', 'WAF'],
		english: 'AWS WAF',
		service: 'General',
		definition:
			'CloudFront, Application Load Balancer, API Gateway로 가는 HTTP(S) 요청을 규칙에 따라 허용하거나 차단하는 보안 서비스이다.',
	},
	{
		id: 'general-shield',
		korean: 'AWS Shield',
		variants: ['Shield', '실드'],
		english: 'AWS Shield',
		service: 'General',
		definition:
			'AWS에서 실행되는 애플리케이션을 DDoS 공격으로부터 보호하는 관리형 서비스로, Standard는 추가 비용 없이 자동 적용된다.',
	},
	{
		id: 'general-systems-manager-session-manager',
		korean: 'Session Manager',
		variants: ['세션 관리자', 'Systems Manager Session Manager', 'SSM Session Manager'],
		english: 'AWS Systems Manager Session Manager',
		service: 'General',
		definition:
			'인바운드 포트를 열거나 배스천 호스트나 SSH 키 없이 브라우저나 CLI에서 EC2 인스턴스에 셸로 접속하게 하는 Systems Manager 기능이다.',
	},
	{
		id: 'general-high-availability',
		korean: '고가용성',
		variants: ['고 가용성'],
		english: 'High availability',
		abbreviations: ['HA'],
		service: 'General',
		definition:
			'여러 가용 영역에 리소스를 나눠 두는 식으로 일부 구성 요소가 실패해도 시스템이 계속 동작하게 하는 설계 특성이다.',
	},
	{
		id: 'general-well-architected',
		korean: 'AWS Well-Architected 프레임워크',
		variants: ['Well-Architected', '웰 아키텍티드'],
		english: 'AWS Well-Architected Framework',
		service: 'General',
		definition:
			'운영 우수성, 보안, 안정성, 성능 효율성, 비용 최적화, 지속 가능성의 여섯 원칙으로 클라우드 아키텍처를 평가하는 지침이다.',
	},
] as const satisfies readonly DictionaryEntry[];
