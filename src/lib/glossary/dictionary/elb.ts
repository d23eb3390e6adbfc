import type { DictionaryEntry } from './types.ts';

/** Elastic Load Balancing: the load balancer types, listeners and rules, targets and their health, routing. */
export const elb = [
	{
		id: 'elb-service',
		korean: 'Elastic Load Balancing',
		variants: ['엘라스틱 로드 밸런싱', '로드 밸런싱', '로드밸런싱'],
		english: 'Elastic Load Balancing',
		abbreviations: ['ELB'],
		service: 'ELB',
		definition:
			'들어오는 트래픽을 하나 이상의 가용 영역에 있는 EC2 인스턴스, 컨테이너, IP 주소 같은 여러 대상에 자동으로 나눠 보내는 서비스이다.',
	},
	{
		id: 'elb-load-balancer',
		korean: '로드 밸런서',
		variants: ['로드밸런서', '부하 분산기'],
		english: 'Load balancer',
		abbreviations: ['LB'],
		service: 'ELB',
		definition:
			'클라이언트의 단일 접속 지점이 되어 요청을 여러 대상에 나눠 보내고 상태가 정상인 대상에만 트래픽을 보내는 구성 요소이다.',
	},
	{
		id: 'elb-alb',
		korean: 'Application Load Balancer',
		variants: ['애플리케이션 로드 밸런서', '애플리케이션로드밸런서', '어플리케이션 로드 밸런서'],
		english: 'Application Load Balancer',
		abbreviations: ['ALB'],
		service: 'ELB',
		definition:
			'OSI 7계층에서 HTTP와 HTTPS 요청의 경로, 호스트, 헤더를 보고 규칙에 따라 대상 그룹으로 라우팅하는 부하 분산기이다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-nlb',
		korean: 'Network Load Balancer',
		variants: ['네트워크 로드 밸런서', '네트워크로드밸런서'],
		english: 'Network Load Balancer',
		abbreviations: ['NLB'],
		service: 'ELB',
		definition:
			'OSI 4계층에서 TCP, UDP, TLS 연결을 초당 수백만 요청까지 매우 낮은 지연 시간으로 분산하며 가용 영역마다 고정 IP 주소를 가질 수 있는 부하 분산기이다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-gwlb',
		korean: 'Gateway Load Balancer',
		variants: ['게이트웨이 로드 밸런서', '게이트웨이로드밸런서'],
		english: 'Gateway Load Balancer',
		abbreviations: ['GWLB'],
		service: 'ELB',
		definition:
			'GENEVE 프로토콜로 방화벽이나 침입 탐지 시스템 같은 서드 파티 가상 어플라이언스에 트래픽을 나눠 보내고 확장하는 3계층 부하 분산기이다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-clb',
		korean: 'Classic Load Balancer',
		variants: ['클래식 로드 밸런서', '클래식로드밸런서'],
		english: 'Classic Load Balancer',
		abbreviations: ['CLB'],
		service: 'ELB',
		definition:
			'요청 수준과 연결 수준 모두에서 동작하는 이전 세대 부하 분산기로, AWS는 새 애플리케이션에 ALB나 NLB로 옮기기를 권장한다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-target-group',
		korean: '대상 그룹',
		variants: ['대상그룹', '타깃 그룹', '타겟 그룹', '타겟그룹'],
		english: 'Target group',
		abbreviations: ['TG'],
		service: 'ELB',
		definition:
			'부하 분산기가 요청을 보낼 인스턴스, IP 주소, Lambda 함수 같은 대상을 묶고 그 상태를 점검하는 단위로, 리스너 규칙이 요청을 여기로 보낸다.',
	},
	{
		id: 'elb-target',
		korean: '대상',
		variants: ['타깃', '타겟', '등록된 대상'],
		english: 'Target',
		service: 'ELB',
		definition: '부하 분산기가 요청을 전달하도록 등록된 EC2 인스턴스, IP 주소, Lambda 함수, ALB 같은 목적지이다.',
	},
	{
		id: 'elb-listener',
		korean: '리스너',
		variants: ['리스너 포트', 'Listener'],
		english: 'Listener',
		service: 'ELB',
		definition:
			'설정한 프로토콜과 포트로 들어오는 연결 요청을 확인하고 규칙에 따라 요청을 대상 그룹에 보내는 부하 분산기의 프로세스이다.',
	},
	{
		id: 'elb-listener-rule',
		korean: '리스너 규칙',
		variants: ['리스너규칙', '라우팅 규칙'],
		english: 'Listener rule',
		service: 'ELB',
		definition:
			'ALB에서 우선순위, 조건(경로, 호스트, 헤더 등), 작업(전달, 리디렉션, 고정 응답)으로 요청을 어디로 보낼지 정하는 규칙이다.',
	},
	{
		id: 'elb-health-check',
		korean: '상태 확인',
		variants: ['상태확인', '헬스 체크', '헬스체크'],
		english: 'Health check',
		service: 'ELB',
		definition:
			'부하 분산기가 등록된 대상에 주기적으로 요청을 보내 정상인 대상에만 트래픽을 보내도록 판단하는 점검이다.',
	},
	{
		id: 'elb-cross-zone-load-balancing',
		korean: '교차 영역 로드 밸런싱',
		variants: ['교차 영역 부하 분산', '크로스 존 로드 밸런싱', '교차영역로드밸런싱'],
		english: 'Cross-zone load balancing',
		service: 'ELB',
		definition:
			'각 부하 분산기 노드가 자기 가용 영역뿐 아니라 활성화된 모든 가용 영역의 등록 대상에 트래픽을 고르게 나누는 설정으로, ALB에서는 기본으로 켜져 있다.',
	},
	{
		id: 'elb-sticky-sessions',
		korean: '고정 세션',
		variants: ['고정세션', '스티키 세션', '세션 어피니티', '세션 고정'],
		english: 'Sticky sessions',
		service: 'ELB',
		definition: '쿠키나 소스 IP 주소로 같은 클라이언트의 요청을 같은 대상에 계속 보내 세션 정보를 유지하는 기능이다.',
	},
	{
		id: 'elb-deregistration-delay',
		korean: '등록 취소 지연',
		variants: ['연결 드레이닝', 'Connection Draining', '등록 해제 지연'],
		english: 'Deregistration delay',
		service: 'ELB',
		definition:
			'대상을 빼거나 비정상이 되었을 때 진행 중인 요청이 끝나도록 정해진 시간(기본 300초) 동안 기다린 뒤 연결을 닫는 설정이다.',
	},
	{
		id: 'elb-path-based-routing',
		korean: '경로 기반 라우팅',
		variants: ['경로기반라우팅', '패스 기반 라우팅'],
		english: 'Path-based routing',
		service: 'ELB',
		definition: '/images/*처럼 요청 URL의 경로를 보고 다른 대상 그룹으로 보내는 ALB의 라우팅 방식이다.',
	},
	{
		id: 'elb-host-based-routing',
		korean: '호스트 기반 라우팅',
		variants: ['호스트기반라우팅'],
		english: 'Host-based routing',
		service: 'ELB',
		definition:
			'Host 헤더의 도메인 이름을 보고 같은 부하 분산기에서 여러 도메인을 다른 대상 그룹으로 보내는 ALB의 라우팅 방식이다.',
	},
	{
		id: 'elb-internet-facing',
		korean: '인터넷 경계 로드 밸런서',
		variants: ['인터넷 경계', '인터넷 연결 로드 밸런서', 'internet-facing'],
		english: 'Internet-facing load balancer',
		service: 'ELB',
		definition: '퍼블릭 DNS 이름과 퍼블릭 IP 주소를 가져 인터넷의 클라이언트 요청을 받는 체계의 부하 분산기이다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-internal',
		korean: '내부 로드 밸런서',
		variants: ['내부로드밸런서', 'internal 로드 밸런서'],
		english: 'Internal load balancer',
		service: 'ELB',
		definition: '프라이빗 IP 주소만 가져 VPC 안이나 연결된 네트워크의 클라이언트 요청만 받는 체계의 부하 분산기이다.',
		broader: 'elb-load-balancer',
	},
	{
		id: 'elb-ssl-offloading',
		korean: 'SSL 오프로드',
		variants: ['SSL 오프로딩', 'TLS 종료', 'TLS 오프로드'],
		english: 'SSL/TLS termination',
		service: 'ELB',
		definition: 'HTTPS나 TLS 리스너에서 인증서로 암호화된 연결을 풀어 대상의 암호화 처리 부담을 덜어 주는 방식이다.',
	},
	{
		id: 'elb-security-policy',
		korean: '보안 정책',
		variants: ['SSL 보안 정책', 'TLS 보안 정책'],
		english: 'Security policy',
		service: 'ELB',
		definition: 'HTTPS나 TLS 리스너가 클라이언트와 협상할 때 허용하는 SSL/TLS 프로토콜과 암호 조합을 정한 설정이다.',
	},
	{
		id: 'elb-sni',
		korean: 'SNI',
		variants: ['서버 이름 표시', 'Server Name Indication'],
		english: 'Server Name Indication',
		abbreviations: ['SNI'],
		service: 'ELB',
		definition:
			'클라이언트가 TLS 핸드셰이크에서 접속하려는 호스트 이름을 알려 한 리스너가 여러 인증서 중 맞는 것을 고르게 하는 TLS 확장이다.',
	},
	{
		id: 'elb-weighted-target-groups',
		korean: '가중치 기반 대상 그룹',
		variants: ['가중 대상 그룹', '가중치 대상 그룹'],
		english: 'Weighted target groups',
		service: 'ELB',
		definition:
			'한 리스너 규칙의 전달 작업에서 여러 대상 그룹에 비율을 정해 트래픽을 나누는 ALB 기능으로, 블루/그린이나 카나리 배포에 쓴다.',
	},
	{
		id: 'elb-slow-start',
		korean: '느린 시작 모드',
		variants: ['슬로 스타트', '느린 시작'],
		english: 'Slow start mode',
		service: 'ELB',
		definition: '새로 등록된 대상이 정해진 기간 동안 요청을 점점 늘려 받으며 예열할 시간을 주는 대상 그룹 설정이다.',
	},
] as const satisfies readonly DictionaryEntry[];
