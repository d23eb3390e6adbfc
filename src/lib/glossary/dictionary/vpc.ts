import type { DictionaryEntry } from './types.ts';

/** Amazon VPC: address space, subnets, routing, gateways, filtering, connectivity between networks. */
export const vpc = [
	{
		id: 'vpc-service',
		korean: 'Amazon VPC',
		variants: ['VPC', '가상 프라이빗 클라우드', 'Virtual Private Cloud'],
		english: 'Amazon Virtual Private Cloud',
		abbreviations: ['VPC'],
		service: 'VPC',
		definition:
			'AWS 클라우드 안에 논리적으로 격리된 자신만의 가상 네트워크를 정의하고 그 안에서 리소스를 실행하게 하는 서비스이다.',
	},
	{
		id: 'vpc-default-vpc',
		korean: '기본 VPC',
		variants: ['기본VPC', '디폴트 VPC'],
		english: 'Default VPC',
		service: 'VPC',
		definition:
			'리전마다 자동으로 만들어져 가용 영역마다 퍼블릭 서브넷과 인터넷 게이트웨이를 갖춘, 바로 인스턴스를 시작할 수 있는 네트워크이다.',
		broader: 'vpc-service',
	},
	{
		id: 'vpc-cidr',
		korean: 'CIDR 블록',
		variants: ['CIDR', 'CIDR블록', '사이더'],
		english: 'CIDR block',
		abbreviations: ['CIDR'],
		service: 'VPC',
		definition:
			'10.0.0.0/16처럼 시작 주소와 접두사 길이로 IP 주소 범위를 나타내는 표기로, VPC와 서브넷의 주소 공간을 정한다.',
	},
	{
		id: 'vpc-subnet',
		korean: '서브넷',
		variants: ['서브 넷', '서브네트'],
		english: 'Subnet',
		service: 'VPC',
		definition: 'VPC의 IP 주소 범위를 나눈 구역으로, 하나의 가용 영역에만 속하며 그 안에서 리소스를 시작한다.',
	},
	{
		id: 'vpc-public-subnet',
		korean: '퍼블릭 서브넷',
		variants: ['퍼블릭서브넷', '공용 서브넷', '공개 서브넷'],
		english: 'Public subnet',
		service: 'VPC',
		definition:
			'라우팅 테이블에 인터넷 게이트웨이로 가는 경로가 있어 안의 리소스가 인터넷과 직접 통신할 수 있는 서브넷이다.',
		broader: 'vpc-subnet',
	},
	{
		id: 'vpc-private-subnet',
		korean: '프라이빗 서브넷',
		variants: ['프라이빗서브넷', '사설 서브넷', '비공개 서브넷'],
		english: 'Private subnet',
		service: 'VPC',
		definition:
			'인터넷 게이트웨이로 가는 직접 경로가 없어 인터넷에서 들어오는 연결을 받지 않는 서브넷으로, 나가는 인터넷 연결에는 NAT 게이트웨이를 쓴다.',
		broader: 'vpc-subnet',
	},
	{
		id: 'vpc-route-table',
		korean: '라우팅 테이블',
		variants: ['라우팅테이블', '라우트 테이블', '경로 테이블'],
		english: 'Route table',
		service: 'VPC',
		definition:
			'서브넷이나 게이트웨이에서 나가는 트래픽을 목적지 CIDR에 따라 어느 대상으로 보낼지 정한 경로 규칙의 모음이다.',
	},
	{
		id: 'vpc-main-route-table',
		korean: '기본 라우팅 테이블',
		variants: ['메인 라우팅 테이블', '기본 라우팅테이블'],
		english: 'Main route table',
		service: 'VPC',
		definition:
			'VPC와 함께 자동으로 만들어져, 다른 경로 규칙 모음에 명시적으로 연결되지 않은 서브넷이 따르게 되는 규칙 모음이다.',
		broader: 'vpc-route-table',
	},
	{
		id: 'vpc-internet-gateway',
		korean: '인터넷 게이트웨이',
		variants: ['인터넷게이트웨이'],
		english: 'Internet gateway',
		abbreviations: ['IGW'],
		service: 'VPC',
		definition:
			'VPC에 하나 연결해 VPC와 인터넷 사이의 통신을 가능하게 하는, 수평 확장되고 가용성이 높은 VPC 구성 요소이다.',
	},
	{
		id: 'vpc-egress-only-internet-gateway',
		korean: '송신 전용 인터넷 게이트웨이',
		variants: ['송신 전용 게이트웨이', 'Egress-only Internet Gateway'],
		english: 'Egress-only internet gateway',
		service: 'VPC',
		definition: 'VPC의 IPv6 트래픽이 인터넷으로 나가는 것은 허용하고 인터넷에서 시작된 IPv6 연결은 막는 구성 요소이다.',
	},
	{
		id: 'vpc-nat-gateway',
		korean: 'NAT 게이트웨이',
		variants: ['NAT게이트웨이', 'NAT GW', '낫 게이트웨이'],
		english: 'NAT gateway',
		service: 'VPC',
		definition:
			'프라이빗 서브넷의 인스턴스가 주소 변환을 거쳐 VPC 밖으로 연결을 시작하게 하되 밖에서 들어오는 연결은 받지 않게 하는 관리형 서비스이다.',
	},
	{
		id: 'vpc-nat-instance',
		korean: 'NAT 인스턴스',
		variants: ['NAT인스턴스'],
		english: 'NAT instance',
		service: 'VPC',
		definition:
			'퍼블릭 서브넷에서 주소 변환을 맡는 EC2 인스턴스로, 관리형 서비스가 나오기 전 방식이며 소스/대상 확인을 꺼야 한다.',
	},
	{
		id: 'vpc-network-acl',
		korean: '네트워크 ACL',
		variants: ['네트워크ACL', '네트워크 액세스 제어 목록'],
		english: 'Network ACL',
		abbreviations: ['NACL'],
		service: 'VPC',
		definition:
			'서브넷 단위로 들어오고 나가는 트래픽을 번호 순서대로 평가되는 허용 및 거부 규칙으로 걸러 내는 상태 비저장 방화벽이다.',
	},
	{
		id: 'vpc-peering',
		korean: 'VPC 피어링 연결',
		variants: ['VPC 피어링', 'VPC피어링', '피어링'],
		english: 'VPC peering connection',
		service: 'VPC',
		definition:
			'두 VPC 사이에서 프라이빗 IPv4나 IPv6 주소로 트래픽을 주고받게 하는 일대일 네트워크 연결로, 전이적 라우팅은 지원하지 않는다.',
	},
	{
		id: 'vpc-endpoint',
		korean: 'VPC 엔드포인트',
		variants: ['VPC엔드포인트'],
		english: 'VPC endpoint',
		service: 'VPC',
		definition:
			'인터넷 게이트웨이나 NAT 장치 없이 VPC에서 지원되는 AWS 서비스로 프라이빗하게 연결하게 하는 구성 요소이다.',
	},
	{
		id: 'vpc-gateway-endpoint',
		korean: '게이트웨이 엔드포인트',
		variants: ['게이트웨이엔드포인트', '게이트웨이 VPC 엔드포인트'],
		english: 'Gateway endpoint',
		service: 'VPC',
		definition:
			'라우팅 테이블의 경로 대상으로 지정해 S3와 DynamoDB에 추가 요금 없이 프라이빗하게 연결하는 VPC 구성 요소이다.',
		broader: 'vpc-endpoint',
	},
	{
		id: 'vpc-interface-endpoint',
		korean: '인터페이스 엔드포인트',
		variants: ['인터페이스엔드포인트', '인터페이스 VPC 엔드포인트'],
		english: 'Interface endpoint',
		service: 'VPC',
		definition:
			'서브넷에 프라이빗 IP 주소를 가진 네트워크 인터페이스를 만들어 PrivateLink로 AWS 서비스나 다른 계정의 서비스에 연결하는 VPC 구성 요소이다.',
		broader: 'vpc-endpoint',
	},
	{
		id: 'vpc-privatelink',
		korean: 'AWS PrivateLink',
		variants: ['PrivateLink', '프라이빗링크', '프라이빗 링크'],
		english: 'AWS PrivateLink',
		service: 'VPC',
		definition:
			'트래픽을 인터넷에 노출하지 않고 VPC와 AWS 서비스, 다른 VPC의 엔드포인트 서비스 사이를 프라이빗하게 잇는 기술이다.',
	},
	{
		id: 'vpc-transit-gateway',
		korean: 'Transit Gateway',
		variants: ['AWS Transit Gateway', '트랜짓 게이트웨이', '트랜짓게이트웨이', '전송 게이트웨이'],
		english: 'AWS Transit Gateway',
		abbreviations: ['TGW'],
		service: 'VPC',
		definition:
			'여러 VPC와 온프레미스 네트워크를 하나의 중앙 허브에 연결해 그 사이의 트래픽을 라우팅하는 네트워크 전송 허브이다.',
	},
	{
		id: 'vpc-flow-logs',
		korean: 'VPC 흐름 로그',
		variants: ['흐름 로그', '흐름로그', '플로우 로그', 'Flow Logs'],
		english: 'VPC Flow Logs',
		service: 'VPC',
		definition:
			'VPC, 서브넷, 네트워크 인터페이스를 오가는 IP 트래픽 정보를 캡처해 CloudWatch Logs, S3, Data Firehose로 보내는 기능이다.',
	},
	{
		id: 'vpc-dhcp-options-set',
		korean: 'DHCP 옵션 세트',
		variants: ['DHCP 옵션', 'DHCP옵션세트'],
		english: 'DHCP option set',
		service: 'VPC',
		definition: 'VPC의 인스턴스가 받는 도메인 이름, DNS 서버, NTP 서버 같은 네트워크 설정을 정하는 구성이다.',
	},
	{
		id: 'vpc-site-to-site-vpn',
		korean: 'AWS Site-to-Site VPN',
		variants: ['Site-to-Site VPN', '사이트 간 VPN', '사이트 투 사이트 VPN'],
		english: 'AWS Site-to-Site VPN',
		service: 'VPC',
		definition: '온프레미스 네트워크와 VPC를 인터넷 위의 IPsec 터널 두 개로 암호화해 연결하는 서비스이다.',
	},
	{
		id: 'vpc-virtual-private-gateway',
		korean: '가상 프라이빗 게이트웨이',
		variants: ['가상프라이빗게이트웨이', '버추얼 프라이빗 게이트웨이'],
		english: 'Virtual private gateway',
		abbreviations: ['VGW'],
		service: 'VPC',
		definition: 'Site-to-Site VPN이나 Direct Connect 연결에서 VPC 쪽 끝이 되는 VPN 집선기이다.',
	},
	{
		id: 'vpc-customer-gateway',
		korean: '고객 게이트웨이',
		variants: ['고객게이트웨이', '커스터머 게이트웨이'],
		english: 'Customer gateway',
		abbreviations: ['CGW'],
		service: 'VPC',
		definition:
			'Site-to-Site VPN 연결에서 온프레미스 쪽 장치나 소프트웨어 애플리케이션에 관한 정보를 AWS에 알려 주는 리소스이다.',
	},
	{
		id: 'vpc-direct-connect',
		korean: 'AWS Direct Connect',
		variants: ['Direct Connect', '다이렉트 커넥트', '전용 연결'],
		english: 'AWS Direct Connect',
		abbreviations: ['DX'],
		service: 'VPC',
		definition:
			'온프레미스 네트워크를 표준 이더넷 광섬유 케이블로 AWS 위치에 직접 이어 인터넷을 거치지 않는 전용 네트워크 연결을 제공하는 서비스이다.',
	},
	{
		id: 'vpc-prefix-list',
		korean: '관리형 접두사 목록',
		variants: ['접두사 목록', '프리픽스 리스트', 'Prefix List'],
		english: 'Managed prefix list',
		service: 'VPC',
		definition: '하나 이상의 CIDR 블록을 묶어 보안 그룹 규칙과 라우팅 테이블에서 한 번에 참조하게 하는 집합이다.',
	},
	{
		id: 'vpc-reachability-analyzer',
		korean: 'Reachability Analyzer',
		variants: ['연결성 분석기', '도달 가능성 분석기'],
		english: 'Reachability Analyzer',
		service: 'VPC',
		definition:
			'VPC 안의 두 리소스 사이 경로를 실제 패킷을 보내지 않고 구성만으로 분석해 연결이 막히는 지점을 알려 주는 도구이다.',
	},
	{
		id: 'vpc-traffic-mirroring',
		korean: '트래픽 미러링',
		variants: ['트래픽미러링', 'Traffic Mirroring'],
		english: 'Traffic Mirroring',
		service: 'VPC',
		definition:
			'네트워크 인터페이스의 트래픽을 복사해 보안 및 모니터링 장비로 보내 콘텐츠 검사와 위협 분석을 하게 하는 기능이다.',
	},
	{
		id: 'vpc-stateful-filtering',
		korean: '상태 저장',
		variants: ['상태저장', '스테이트풀', 'stateful'],
		english: 'Stateful',
		service: 'VPC',
		definition:
			'요청이 허용되면 그에 대한 응답 트래픽은 규칙과 관계없이 자동으로 허용되는, 보안 그룹의 필터링 방식이다.',
	},
	{
		id: 'vpc-stateless-filtering',
		korean: '상태 비저장',
		variants: ['상태비저장', '스테이트리스', 'stateless'],
		english: 'Stateless',
		service: 'VPC',
		definition: '응답 트래픽도 따로 규칙으로 허용해야 하는, 네트워크 ACL의 필터링 방식이다.',
	},
	{
		id: 'vpc-ip-address-manager',
		korean: 'VPC IP Address Manager',
		variants: ['IP 주소 관리자', 'IP Address Manager'],
		english: 'Amazon VPC IP Address Manager',
		abbreviations: ['IPAM'],
		service: 'VPC',
		definition: '여러 계정과 리전에 걸친 IP 주소를 계획하고 할당하고 사용 현황을 감시하는 기능이다.',
	},
] as const satisfies readonly DictionaryEntry[];
