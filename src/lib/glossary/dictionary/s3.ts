import type { DictionaryEntry } from './types.ts';

/** Amazon S3: buckets and objects, storage classes, data protection, access control, transfer, hosting. */
export const s3 = [
	{
		id: 's3-service',
		korean: 'Amazon S3',
		variants: ['S3', '아마존 S3', 'Simple Storage Service'],
		english: 'Amazon Simple Storage Service',
		abbreviations: ['S3'],
		service: 'S3',
		definition:
			'데이터를 버킷 안의 객체로 저장하며 사실상 무제한 용량과 99.999999999% 내구성을 제공하는 객체 스토리지 서비스이다.',
	},
	{
		id: 's3-bucket',
		korean: '버킷',
		variants: ['S3 버킷', 'S3버킷'],
		english: 'Bucket',
		service: 'S3',
		definition:
			'S3에서 객체를 담는 최상위 컨테이너로, 이름은 파티션 안의 모든 계정에서 전역으로 고유해야 하고 하나의 리전에 만들어진다.',
	},
	{
		id: 's3-object',
		korean: '객체',
		variants: ['S3 객체', '오브젝트'],
		english: 'Object',
		service: 'S3',
		definition: 'S3에 저장되는 기본 단위로, 파일 데이터와 그것을 설명하는 메타데이터로 이루어지며 키로 식별된다.',
	},
	{
		id: 's3-object-key',
		korean: '객체 키',
		variants: ['객체키', '키 이름', 'S3 키'],
		english: 'Object key',
		service: 'S3',
		definition:
			'버킷 안에서 하나의 객체를 고유하게 식별하는 이름으로, photos/2024/cat.jpg처럼 슬래시를 포함할 수 있다.',
	},
	{
		id: 's3-prefix',
		korean: '접두사',
		variants: ['프리픽스', '키 접두사', 'S3 접두사'],
		english: 'Prefix',
		service: 'S3',
		definition:
			'객체 키의 앞부분 문자열로, 평면 구조인 S3에서 폴더처럼 객체를 묶어 나열하고 수명 주기나 복제 규칙의 범위를 정하는 데 쓴다.',
	},
	{
		id: 's3-storage-class',
		korean: '스토리지 클래스',
		variants: ['스토리지클래스', '저장 클래스', 'S3 스토리지 클래스'],
		english: 'Storage class',
		service: 'S3',
		definition: '접근 빈도, 복원 시간, 가용 영역 수에 따라 요금과 가용성이 다르게 정해진 S3 객체의 저장 등급이다.',
	},
	{
		id: 's3-standard',
		korean: 'S3 Standard',
		variants: ['S3 스탠다드', 'S3 표준', 'Standard 클래스'],
		english: 'S3 Standard',
		service: 'S3',
		definition: '자주 접근하는 데이터를 위해 최소 3개 가용 영역에 저장하고 밀리초 단위로 꺼내 쓰는 기본 저장 등급이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-intelligent-tiering',
		korean: 'S3 Intelligent-Tiering',
		variants: ['Intelligent-Tiering', '인텔리전트 티어링', '지능형 계층화'],
		english: 'S3 Intelligent-Tiering',
		service: 'S3',
		definition:
			'객체별 접근 패턴을 감시해 자주, 드물게, 거의 접근하지 않는 계층 사이로 성능 영향이나 검색 요금 없이 자동으로 옮겨 주는 저장 등급이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-standard-ia',
		korean: 'S3 Standard-IA',
		variants: ['Standard-IA', 'S3 Standard-Infrequent Access', '스탠다드 IA'],
		english: 'S3 Standard-Infrequent Access',
		service: 'S3',
		definition:
			'자주 접근하지 않지만 필요할 때 밀리초 안에 꺼내야 하는 데이터를 여러 가용 영역에 두는 등급으로, GB당 검색 요금과 최소 30일 보관 요금이 붙는다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-one-zone-ia',
		korean: 'S3 One Zone-IA',
		variants: ['One Zone-IA', 'S3 One Zone-Infrequent Access', '원존 IA'],
		english: 'S3 One Zone-Infrequent Access',
		service: 'S3',
		definition:
			'자주 접근하지 않고 다시 만들 수 있는 데이터를 가용 영역 하나에만 저장해 Standard-IA보다 약 20% 싸게 두는 저장 등급이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-express-one-zone',
		korean: 'S3 Express One Zone',
		variants: ['Express One Zone', '익스프레스 원 존'],
		english: 'S3 Express One Zone',
		service: 'S3',
		definition:
			'디렉터리 버킷에 데이터를 한 가용 영역에 두고 한 자릿수 밀리초의 일관된 지연 시간을 제공하는 고성능 저장 등급이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-glacier-instant-retrieval',
		korean: 'S3 Glacier Instant Retrieval',
		variants: ['Glacier Instant Retrieval', '글레이셔 인스턴트 리트리벌', 'Glacier 즉시 검색'],
		english: 'S3 Glacier Instant Retrieval',
		service: 'S3',
		definition:
			'분기에 한 번쯤 접근하는 장기 보관 데이터를 밀리초 안에 꺼낼 수 있게 저렴하게 두는 아카이브 등급으로, 최소 보관 기간은 90일이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-glacier-flexible-retrieval',
		korean: 'S3 Glacier Flexible Retrieval',
		variants: ['Glacier Flexible Retrieval', '글레이셔 플렉시블 리트리벌', 'S3 Glacier'],
		english: 'S3 Glacier Flexible Retrieval',
		service: 'S3',
		definition:
			'1년에 한두 번 접근하는 아카이브 데이터를 몇 분에서 몇 시간 걸려 복원하는 조건으로 싸게 두는 등급으로, 최소 보관 기간은 90일이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-glacier-deep-archive',
		korean: 'S3 Glacier Deep Archive',
		variants: ['Glacier Deep Archive', '글레이셔 딥 아카이브', '딥 아카이브'],
		english: 'S3 Glacier Deep Archive',
		service: 'S3',
		definition:
			'7~10년 이상 보관하며 거의 꺼내지 않는 데이터를 위한 가장 저렴한 등급으로, 복원에 12시간 안팎이 걸리고 최소 보관 기간은 180일이다.',
		broader: 's3-storage-class',
	},
	{
		id: 's3-versioning',
		korean: '버전 관리',
		variants: ['버전관리', 'S3 버전 관리', '버저닝'],
		english: 'Versioning',
		service: 'S3',
		definition:
			'같은 키로 덮어쓰거나 삭제한 객체의 이전 상태를 모두 보존해 실수로 지운 데이터를 되살리게 하는 버킷 설정이다.',
	},
	{
		id: 's3-delete-marker',
		korean: '삭제 마커',
		variants: ['삭제마커'],
		english: 'Delete marker',
		service: 'S3',
		definition:
			'버전이 보존되는 버킷에서 버전을 지정하지 않고 객체를 지우면 생기는 자리 표시자로, 이것을 지우면 이전 버전이 다시 현재 버전이 된다.',
	},
	{
		id: 's3-mfa-delete',
		korean: 'MFA 삭제',
		variants: ['MFA Delete', 'MFA삭제'],
		english: 'MFA delete',
		service: 'S3',
		definition:
			'객체 버전을 영구 삭제하거나 버전 관리 상태를 바꿀 때 루트 사용자의 추가 인증 코드를 요구하는 버킷 설정이다.',
	},
	{
		id: 's3-lifecycle-rule',
		korean: '수명 주기 규칙',
		variants: ['수명주기 규칙', '라이프사이클 규칙', 'S3 수명 주기', '수명 주기 구성'],
		english: 'Lifecycle rule',
		service: 'S3',
		definition:
			'정해진 일수가 지난 객체를 더 싼 저장 등급으로 옮기거나 만료시켜 삭제하는 작업을 버킷에 자동으로 적용하는 규칙이다.',
	},
	{
		id: 's3-presigned-url',
		korean: '미리 서명된 URL',
		variants: ['미리서명된 URL', '사전 서명된 URL', 'Presigned URL', '프리사인드 URL'],
		english: 'Presigned URL',
		service: 'S3',
		definition:
			'만든 사람의 자격 증명으로 서명되어, 받은 사람이 AWS 자격 증명 없이 정해진 시간 동안 특정 객체를 내려받거나 올리게 하는 주소이다.',
	},
	{
		id: 's3-bucket-policy',
		korean: '버킷 정책',
		variants: ['버킷정책', 'S3 버킷 정책'],
		english: 'Bucket policy',
		service: 'S3',
		definition:
			'버킷에 붙여 그 버킷과 안의 객체에 대한 다른 계정이나 사용자의 접근을 허용하거나 거부하는 JSON 리소스 기반 정책이다.',
	},
	{
		id: 's3-block-public-access',
		korean: '퍼블릭 액세스 차단',
		variants: ['퍼블릭액세스차단', 'S3 퍼블릭 액세스 차단', 'Block Public Access', '퍼블릭 접근 차단'],
		english: 'S3 Block Public Access',
		service: 'S3',
		definition:
			'계정이나 버킷 단위로 켜서 ACL이나 버킷 정책이 객체를 인터넷 전체에 공개하지 못하게 막는 설정으로, 새 버킷에는 기본으로 켜져 있다.',
	},
	{
		id: 's3-acl',
		korean: 'S3 ACL',
		variants: ['액세스 제어 목록', '버킷 ACL', '객체 ACL'],
		english: 'S3 access control list',
		service: 'S3',
		definition:
			'버킷과 객체마다 어떤 계정이나 그룹에 읽기와 쓰기를 허락할지 적은 이전 방식의 권한 목록으로, 지금은 꺼 두는 것이 권장된다.',
	},
	{
		id: 's3-object-ownership',
		korean: '객체 소유권',
		variants: ['객체소유권', 'Object Ownership'],
		english: 'S3 Object Ownership',
		service: 'S3',
		definition: '버킷에 올라오는 객체를 누가 소유할지 정하고 ACL을 끌 수 있게 하는 버킷 수준 설정이다.',
	},
	{
		id: 's3-replication',
		korean: 'S3 복제',
		variants: ['버킷 복제', '객체 복제'],
		english: 'S3 Replication',
		service: 'S3',
		definition:
			'버킷의 객체를 같은 리전이나 다른 리전의 버킷으로 자동으로 비동기 복사하는 기능으로, 원본과 대상 버킷 모두 버전 관리가 켜져 있어야 한다.',
	},
	{
		id: 's3-cross-region-replication',
		korean: '교차 리전 복제',
		variants: ['교차리전복제', '리전 간 복제'],
		english: 'Cross-Region Replication',
		abbreviations: ['CRR'],
		service: 'S3',
		definition:
			'객체를 다른 리전의 버킷으로 자동 복사해 지리적으로 떨어진 곳에 사본을 두거나 지연 시간을 줄이는 S3 기능이다.',
		broader: 's3-replication',
	},
	{
		id: 's3-same-region-replication',
		korean: '동일 리전 복제',
		variants: ['동일리전복제', '같은 리전 복제'],
		english: 'Same-Region Replication',
		abbreviations: ['SRR'],
		service: 'S3',
		definition:
			'객체를 같은 리전의 다른 버킷으로 자동 복사해 로그를 모으거나 운영 계정과 테스트 계정 사이에 데이터를 맞추는 S3 기능이다.',
		broader: 's3-replication',
	},
	{
		id: 's3-static-website-hosting',
		korean: '정적 웹 사이트 호스팅',
		variants: ['정적 웹사이트 호스팅', '정적웹사이트호스팅', '정적 호스팅', 'S3 웹 사이트'],
		english: 'Static website hosting',
		service: 'S3',
		definition:
			'버킷을 HTML, CSS, 이미지 같은 파일을 제공하는 웹 서버처럼 쓰게 하는 기능으로, HTTPS가 필요하면 CloudFront를 앞에 둔다.',
	},
	{
		id: 's3-multipart-upload',
		korean: '멀티파트 업로드',
		variants: ['멀티파트업로드', '다중 파트 업로드', 'Multipart Upload'],
		english: 'Multipart upload',
		service: 'S3',
		definition:
			'큰 객체를 여러 부분으로 나눠 병렬로 올리고 마지막에 하나로 합치는 방식으로, 100MB가 넘으면 권장되고 5GB가 넘으면 필수이다.',
	},
	{
		id: 's3-transfer-acceleration',
		korean: 'S3 Transfer Acceleration',
		variants: ['Transfer Acceleration', '전송 가속화', '전송 가속'],
		english: 'Amazon S3 Transfer Acceleration',
		service: 'S3',
		definition:
			'클라이언트와 버킷 사이의 먼 거리 전송을 CloudFront 엣지 로케이션과 AWS 백본 네트워크를 거쳐 빠르게 하는 버킷 기능이다.',
	},
	{
		id: 's3-object-lock',
		korean: 'S3 객체 잠금',
		variants: ['객체 잠금', '객체잠금', 'Object Lock'],
		english: 'S3 Object Lock',
		service: 'S3',
		definition:
			'WORM(한 번 쓰고 여러 번 읽기) 모델로 정해진 기간이나 무기한 동안 객체 버전을 삭제하거나 덮어쓰지 못하게 하는 기능이다.',
	},
	{
		id: 's3-event-notifications',
		korean: 'S3 이벤트 알림',
		variants: ['이벤트 알림', 'S3 이벤트', 'Event Notifications'],
		english: 'Amazon S3 Event Notifications',
		service: 'S3',
		definition:
			'버킷에서 객체 생성이나 삭제 같은 일이 일어나면 SNS 주제, SQS 대기열, Lambda 함수, EventBridge로 메시지를 보내는 기능이다.',
	},
	{
		id: 's3-sse-s3',
		korean: 'SSE-S3',
		variants: ['Amazon S3 관리형 키를 사용한 서버 측 암호화', 'S3 관리형 키'],
		english: 'Server-side encryption with Amazon S3 managed keys',
		abbreviations: ['SSE-S3'],
		service: 'S3',
		definition:
			'S3가 관리하는 키로 객체를 저장할 때 AES-256으로 암호화하는 방식으로, 모든 새 객체에 기본으로 적용된다.',
		broader: 's3-server-side-encryption',
	},
	{
		id: 's3-sse-kms',
		korean: 'SSE-KMS',
		variants: ['AWS KMS 키를 사용한 서버 측 암호화'],
		english: 'Server-side encryption with AWS KMS keys',
		abbreviations: ['SSE-KMS'],
		service: 'S3',
		definition:
			'AWS KMS에 있는 키로 S3 객체를 저장할 때 암호화해, 키 정책과 CloudTrail 감사로 누가 복호화하는지 통제하는 방식이다.',
		broader: 's3-server-side-encryption',
	},
	{
		id: 's3-sse-c',
		korean: 'SSE-C',
		variants: ['고객 제공 키를 사용한 서버 측 암호화', '고객 제공 키'],
		english: 'Server-side encryption with customer-provided keys',
		abbreviations: ['SSE-C'],
		service: 'S3',
		definition: '요청마다 고객이 넘겨준 키로 S3가 객체를 암호화하고 복호화하되 키 자체는 저장하지 않는 방식이다.',
		broader: 's3-server-side-encryption',
	},
	{
		id: 's3-server-side-encryption',
		korean: '서버 측 암호화',
		variants: ['서버측 암호화', '서버 사이드 암호화'],
		english: 'Server-side encryption',
		abbreviations: ['SSE'],
		service: 'S3',
		definition: 'S3가 데이터를 데이터 센터의 디스크에 쓸 때 암호화하고 읽을 때 복호화하는 방식이다.',
	},
	{
		id: 's3-access-point',
		korean: 'S3 액세스 포인트',
		variants: ['액세스 포인트', '액세스포인트', 'Access Points'],
		english: 'Amazon S3 Access Points',
		service: 'S3',
		definition:
			'버킷마다 이름과 전용 권한 정책을 가진 별도 접속 지점을 여러 개 만들어 공유 데이터 세트의 접근 관리를 나누는 기능이다.',
	},
	{
		id: 's3-cors',
		korean: 'CORS',
		variants: ['교차 오리진 리소스 공유', 'S3 CORS'],
		english: 'Cross-origin resource sharing',
		abbreviations: ['CORS'],
		service: 'S3',
		definition:
			'다른 도메인에서 로드된 웹 애플리케이션이 버킷의 리소스를 브라우저에서 요청할 수 있게 허용하는 규칙이다.',
	},
	{
		id: 's3-requester-pays',
		korean: '요청자 지불',
		variants: ['요청자 지불 버킷', 'Requester Pays'],
		english: 'Requester Pays',
		service: 'S3',
		definition: '버킷 소유자 대신 데이터를 요청하는 쪽이 요청과 데이터 전송 비용을 내게 하는 버킷 설정이다.',
	},
	{
		id: 's3-storage-lens',
		korean: 'S3 Storage Lens',
		variants: ['Storage Lens', '스토리지 렌즈'],
		english: 'Amazon S3 Storage Lens',
		service: 'S3',
		definition:
			'조직 전체의 객체 스토리지 사용량과 활동 지표를 대시보드로 보여 주고 비용 최적화와 데이터 보호 권장 사항을 주는 분석 기능이다.',
	},
	{
		id: 's3-batch-operations',
		korean: 'S3 배치 작업',
		variants: ['배치 작업', 'Batch Operations', 'S3 일괄 작업'],
		english: 'S3 Batch Operations',
		service: 'S3',
		definition:
			'수십억 개의 객체에 복사, 태그 교체, Lambda 호출 같은 작업을 한 번의 요청으로 대규모로 실행하는 기능이다.',
	},
	{
		id: 's3-strong-consistency',
		korean: '강력한 쓰기 후 읽기 일관성',
		variants: ['강력한 일관성', '쓰기 후 읽기 일관성'],
		english: 'Strong read-after-write consistency',
		service: 'S3',
		definition: 'S3에서 객체를 쓰거나 덮어쓰거나 지운 직후의 읽기와 목록 요청이 항상 그 변경을 반영하는 성질이다.',
	},
] as const satisfies readonly DictionaryEntry[];
