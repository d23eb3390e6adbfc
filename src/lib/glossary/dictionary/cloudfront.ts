import type { DictionaryEntry } from './types.ts';

/** Amazon CloudFront: distributions, origins, caching, access to origins, edge code, restrictions. */
export const cloudfront = [
	{
		id: 'cloudfront-service',
		korean: 'Amazon CloudFront',
		variants: ['CloudFront', '클라우드프론트', '클라우드 프론트'],
		english: 'Amazon CloudFront',
		abbreviations: ['CF'],
		service: 'CloudFront',
		definition:
			'전 세계 엣지 로케이션 네트워크로 웹 콘텐츠를 사용자와 가까운 곳에서 낮은 지연 시간으로 전송하는 콘텐츠 전송 네트워크(CDN) 서비스이다.',
	},
	{
		id: 'cloudfront-cdn',
		korean: '콘텐츠 전송 네트워크',
		variants: ['콘텐츠 전송네트워크', '컨텐츠 전송 네트워크', 'Content Delivery Network'],
		english: 'Content delivery network',
		abbreviations: ['CDN'],
		service: 'CloudFront',
		definition:
			'전 세계에 흩어진 캐시 서버에 사본을 두어 사용자 가까운 곳에서 웹 콘텐츠를 빠르게 내려 주는 서버 네트워크이다.',
	},
	{
		id: 'cloudfront-distribution',
		korean: '배포',
		variants: ['CloudFront 배포', '디스트리뷰션'],
		english: 'Distribution',
		service: 'CloudFront',
		definition:
			'CloudFront가 어느 원본에서 콘텐츠를 가져와 어떻게 캐시하고 전송할지 정한 설정으로, d111111abcdef8.cloudfront.net 같은 도메인 이름을 받는다.',
	},
	{
		id: 'cloudfront-origin',
		korean: '오리진',
		variants: ['원본', 'CloudFront 오리진', 'Origin'],
		english: 'Origin',
		service: 'CloudFront',
		definition:
			'CloudFront가 캐시하고 전송할 콘텐츠의 원래 파일을 가져오는 S3 버킷, 로드 밸런서, HTTP 서버 같은 위치이다.',
	},
	{
		id: 'cloudfront-origin-group',
		korean: '오리진 그룹',
		variants: ['원본 그룹', '오리진그룹'],
		english: 'Origin group',
		service: 'CloudFront',
		definition:
			'기본 원본이 지정한 오류 코드를 돌려주면 두 번째 원본으로 요청을 넘겨 장애 조치하게 묶은 두 원본의 쌍이다.',
	},
	{
		id: 'cloudfront-cache-behavior',
		korean: '캐시 동작',
		variants: ['캐시동작', '캐시 비헤이비어', 'Cache Behavior'],
		english: 'Cache behavior',
		service: 'CloudFront',
		definition:
			'/images/*.jpg 같은 경로 패턴마다 어느 원본으로 보낼지, 어떤 정책으로 캐시하고 어떤 프로토콜을 허용할지 정한 규칙이다.',
	},
	{
		id: 'cloudfront-cache-policy',
		korean: '캐시 정책',
		variants: ['캐시정책', 'Cache Policy'],
		english: 'Cache policy',
		service: 'CloudFront',
		definition:
			'캐시 키에 넣을 헤더, 쿠키, 쿼리 문자열과 캐시 TTL 값을 정해 캐시 적중률을 조절하는 CloudFront 설정이다.',
	},
	{
		id: 'cloudfront-origin-request-policy',
		korean: '오리진 요청 정책',
		variants: ['원본 요청 정책', 'Origin Request Policy'],
		english: 'Origin request policy',
		service: 'CloudFront',
		definition:
			'캐시 키와는 별도로 원본에 요청을 보낼 때 함께 넘길 헤더, 쿠키, 쿼리 문자열을 정하는 CloudFront 설정이다.',
	},
	{
		id: 'cloudfront-cache-key',
		korean: '캐시 키',
		variants: ['캐시키', 'Cache Key'],
		english: 'Cache key',
		service: 'CloudFront',
		definition:
			'캐시된 객체마다 붙는 고유 식별자로, 기본은 도메인 이름과 URL 경로이며 이것이 같은 요청은 캐시 적중이 된다.',
	},
	{
		id: 'cloudfront-ttl',
		korean: '캐시 TTL',
		variants: ['최소 TTL', '최대 TTL', '기본 TTL', 'CloudFront TTL'],
		english: 'Cache time to live',
		abbreviations: ['TTL'],
		service: 'CloudFront',
		definition: 'CloudFront가 원본에 다시 묻기 전까지 객체를 엣지 캐시에 보관하는 시간으로, 기본값은 24시간이다.',
	},
	{
		id: 'cloudfront-cache-hit-ratio',
		korean: '캐시 적중률',
		variants: ['캐시 히트율', '캐시 히트 비율', 'Cache Hit Ratio'],
		english: 'Cache hit ratio',
		service: 'CloudFront',
		definition: '전체 뷰어 요청 가운데 원본에 가지 않고 엣지 캐시에서 바로 응답한 요청의 비율이다.',
	},
	{
		id: 'cloudfront-oac',
		korean: '오리진 액세스 제어',
		variants: ['원본 액세스 제어', 'Origin Access Control'],
		english: 'Origin access control',
		abbreviations: ['OAC'],
		service: 'CloudFront',
		definition:
			'S3 버킷이 CloudFront 배포에서 서명해 보낸 요청만 받도록 제한하는 권장 방식으로, SSE-KMS 객체와 모든 리전을 지원한다.',
	},
	{
		id: 'cloudfront-oai',
		korean: '오리진 액세스 ID',
		variants: ['원본 액세스 ID', '원본 액세스 아이덴티티', 'Origin Access Identity'],
		english: 'Origin access identity',
		abbreviations: ['OAI'],
		service: 'CloudFront',
		definition:
			'S3 버킷에 CloudFront만 접근하게 하던 이전 방식의 특별한 CloudFront 사용자로, 지금은 OAC로 옮기기를 권장한다.',
	},
	{
		id: 'cloudfront-invalidation',
		korean: '무효화',
		variants: ['캐시 무효화', '인밸리데이션', 'Invalidation'],
		english: 'Invalidation',
		service: 'CloudFront',
		definition: '만료 전에 엣지 캐시에서 파일을 지워 다음 요청이 원본에서 새 버전을 가져오게 하는 요청이다.',
	},
	{
		id: 'cloudfront-signed-url',
		korean: '서명된 URL',
		variants: ['CloudFront 서명된 URL', 'Signed URL'],
		english: 'Signed URL',
		service: 'CloudFront',
		definition:
			'만료 시각 같은 조건을 담아 키 페어로 서명해, 받은 사용자만 제한된 CloudFront 콘텐츠 파일 하나에 접근하게 하는 주소이다.',
	},
	{
		id: 'cloudfront-signed-cookies',
		korean: '서명된 쿠키',
		variants: ['CloudFront 서명된 쿠키', 'Signed Cookies'],
		english: 'Signed cookies',
		service: 'CloudFront',
		definition:
			'콘텐츠 URL을 바꾸지 않고 여러 제한된 파일에 대한 접근을 한꺼번에 허용하도록 뷰어에게 보내는 서명 정보이다.',
	},
	{
		id: 'cloudfront-functions',
		korean: 'CloudFront Functions',
		variants: ['CloudFront 함수', '클라우드프론트 함수'],
		english: 'CloudFront Functions',
		service: 'CloudFront',
		definition:
			'뷰어 요청과 응답 단계에서 헤더 조작, URL 재작성 같은 가벼운 JavaScript 코드를 엣지 로케이션에서 1밀리초 안팎으로 실행하는 기능이다.',
	},
	{
		id: 'cloudfront-regional-edge-cache',
		korean: '리전별 엣지 캐시',
		variants: ['리전 엣지 캐시', '지역 엣지 캐시', 'Regional Edge Cache'],
		english: 'Regional edge cache',
		service: 'CloudFront',
		definition:
			'원본과 엣지 로케이션 사이에 있어 엣지에 남기에는 인기가 덜한 객체를 더 오래 보관해 원본 부하를 줄이는 더 큰 중간 캐시이다.',
	},
	{
		id: 'cloudfront-origin-shield',
		korean: 'Origin Shield',
		variants: ['오리진 실드', '원본 실드'],
		english: 'Origin Shield',
		service: 'CloudFront',
		definition:
			'모든 캐시 계층 앞에 중앙 캐시 계층을 하나 더 두어 원본으로 가는 요청을 합치고 캐시 적중률을 높이는 CloudFront 기능이다.',
	},
	{
		id: 'cloudfront-alternate-domain-name',
		korean: '대체 도메인 이름',
		variants: ['대체 도메인', 'Alternate Domain Name'],
		english: 'Alternate domain name (CNAME)',
		service: 'CloudFront',
		definition:
			'기본으로 주어지는 cloudfront.net 주소 대신 www.example.com 같은 자기 도메인으로 배포에 접근하게 하는 설정으로, 그 도메인을 덮는 인증서가 필요하다.',
	},
	{
		id: 'cloudfront-price-class',
		korean: '가격 등급',
		variants: ['가격등급', 'Price Class', '요금 등급'],
		english: 'Price class',
		service: 'CloudFront',
		definition: '비용을 줄이려고 배포가 콘텐츠를 제공할 엣지 로케이션의 지역 범위를 좁히는 설정이다.',
	},
	{
		id: 'cloudfront-geo-restriction',
		korean: '지리적 제한',
		variants: ['지역 제한', '지오 제한', 'Geo Restriction', '지리적 차단'],
		english: 'Geographic restrictions',
		service: 'CloudFront',
		definition: '허용 목록이나 차단 목록으로 특정 국가의 사용자가 배포의 콘텐츠에 접근하지 못하게 하는 설정이다.',
	},
	{
		id: 'cloudfront-viewer-protocol-policy',
		korean: '뷰어 프로토콜 정책',
		variants: ['뷰어프로토콜정책', 'Viewer Protocol Policy'],
		english: 'Viewer protocol policy',
		service: 'CloudFront',
		definition:
			'뷰어가 HTTP와 HTTPS 중 무엇으로 접근할 수 있는지, HTTP 요청을 HTTPS로 리디렉션할지 정하는 캐시 동작 설정이다.',
	},
	{
		id: 'cloudfront-response-headers-policy',
		korean: '응답 헤더 정책',
		variants: ['응답헤더정책', 'Response Headers Policy'],
		english: 'Response headers policy',
		service: 'CloudFront',
		definition: 'CloudFront가 뷰어에게 보내는 응답에 CORS나 보안 헤더 같은 HTTP 헤더를 더하거나 지우는 설정이다.',
	},
	{
		id: 'cloudfront-field-level-encryption',
		korean: '필드 레벨 암호화',
		variants: ['필드 수준 암호화', 'Field-Level Encryption'],
		english: 'Field-level encryption',
		service: 'CloudFront',
		definition:
			'HTTPS에 더해 사용자가 제출한 특정 POST 양식 값을 엣지에서 퍼블릭 키로 암호화해 해당 애플리케이션만 복호화하게 하는 기능이다.',
	},
] as const satisfies readonly DictionaryEntry[];
