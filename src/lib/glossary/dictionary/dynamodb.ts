import type { DictionaryEntry } from './types.ts';

/** Amazon DynamoDB: the data model, keys and indexes, capacity, consistency, streams, backup. */
export const dynamodb = [
	{
		id: 'dynamodb-service',
		korean: 'Amazon DynamoDB',
		variants: ['DynamoDB', '다이나모DB', '다이나모 디비', '다이나모디비'],
		english: 'Amazon DynamoDB',
		abbreviations: ['DDB'],
		service: 'DynamoDB',
		definition:
			'서버를 관리할 필요 없이 어떤 규모에서도 한 자릿수 밀리초 성능을 내는 완전관리형 서버리스 NoSQL 키-값 및 문서 데이터베이스이다.',
	},
	{
		id: 'dynamodb-table',
		korean: 'DynamoDB 테이블',
		variants: ['테이블', '다이나모 테이블'],
		english: 'Table',
		service: 'DynamoDB',
		definition: 'DynamoDB에서 데이터를 담는 항목의 모음으로, 기본 키 외에는 정해진 스키마가 없다.',
	},
	{
		id: 'dynamodb-item',
		korean: '항목',
		variants: ['아이템', 'DynamoDB 항목'],
		english: 'Item',
		service: 'DynamoDB',
		definition:
			'다른 모든 것과 기본 키로 구별되는 속성들의 묶음으로, 관계형 데이터베이스의 행에 해당하며 최대 크기는 400KB이다.',
	},
	{
		id: 'dynamodb-attribute',
		korean: '속성',
		variants: ['어트리뷰트', 'DynamoDB 속성'],
		english: 'Attribute',
		service: 'DynamoDB',
		definition:
			'항목을 이루는 이름과 값의 쌍으로, 더 쪼갤 필요가 없는 기본 데이터 요소이며 관계형 데이터베이스의 열에 해당한다.',
	},
	{
		id: 'dynamodb-primary-key',
		korean: '기본 키',
		variants: ['기본키', '프라이머리 키', 'Primary Key'],
		english: 'Primary key',
		abbreviations: ['PK'],
		service: 'DynamoDB',
		definition:
			'테이블의 각 항목을 고유하게 식별하는 값으로, 파티션 키 하나로 되거나 파티션 키와 정렬 키의 조합으로 된다.',
	},
	{
		id: 'dynamodb-partition-key',
		korean: '파티션 키',
		variants: ['파티션키', '해시 키', 'Hash Key'],
		english: 'Partition key',
		service: 'DynamoDB',
		definition: '내부 해시 함수에 넣어 항목이 저장될 물리적 저장 구획을 정하는 기본 키 속성이다.',
	},
	{
		id: 'dynamodb-sort-key',
		korean: '정렬 키',
		variants: ['정렬키', '범위 키', '레인지 키', 'Range Key'],
		english: 'Sort key',
		abbreviations: ['SK'],
		service: 'DynamoDB',
		definition:
			'같은 파티션 키를 가진 항목들을 그 값의 순서로 함께 저장해 범위 조건으로 조회하게 하는 두 번째 기본 키 속성이다.',
	},
	{
		id: 'dynamodb-partition',
		korean: 'DynamoDB 파티션',
		// Not the bare 'Partition': that name is the partition placement group's, and the two would merge.
		english: 'DynamoDB partition',
		service: 'DynamoDB',
		definition:
			'SSD에 저장되고 리전의 여러 가용 영역에 자동 복제되는 테이블의 물리적 저장 단위로, DynamoDB가 자동으로 나누고 관리한다.',
	},
	{
		id: 'dynamodb-gsi',
		korean: '글로벌 보조 인덱스',
		variants: ['글로벌보조인덱스', '전역 보조 인덱스', 'Global Secondary Index'],
		english: 'Global secondary index',
		abbreviations: ['GSI'],
		service: 'DynamoDB',
		definition:
			'테이블과 다른 파티션 키와 정렬 키로 데이터를 조회하게 하는 인덱스로, 언제든 추가하고 지울 수 있고 최종 일관된 읽기만 지원한다.',
	},
	{
		id: 'dynamodb-lsi',
		korean: '로컬 보조 인덱스',
		variants: ['로컬보조인덱스', 'Local Secondary Index'],
		english: 'Local secondary index',
		abbreviations: ['LSI'],
		service: 'DynamoDB',
		definition: '테이블과 같은 파티션 키에 다른 정렬 키를 쓰는 인덱스로, 테이블을 만들 때만 정의할 수 있다.',
	},
	{
		id: 'dynamodb-capacity-mode',
		korean: '읽기/쓰기 용량 모드',
		variants: ['용량 모드', '용량모드', 'Capacity Mode'],
		english: 'Read/write capacity mode',
		service: 'DynamoDB',
		definition:
			'테이블의 읽기와 쓰기 처리량에 요금을 매기고 용량을 관리하는 방식으로, 온디맨드와 프로비저닝 두 가지가 있다.',
	},
	{
		id: 'dynamodb-on-demand-mode',
		korean: '온디맨드 용량 모드',
		variants: ['온디맨드 모드', 'DynamoDB 온디맨드'],
		english: 'On-demand capacity mode',
		service: 'DynamoDB',
		definition:
			'용량을 미리 정하지 않고 실제 읽기와 쓰기 요청 수만큼 요금을 내며 트래픽에 맞춰 즉시 확장되는 DynamoDB 요금 방식이다.',
		broader: 'dynamodb-capacity-mode',
	},
	{
		id: 'dynamodb-provisioned-mode',
		korean: '프로비저닝된 용량 모드',
		variants: ['프로비저닝 모드', '프로비전드 모드', '프로비저닝된 용량'],
		english: 'Provisioned capacity mode',
		service: 'DynamoDB',
		definition:
			'초당 필요한 읽기와 쓰기 용량 단위를 미리 정해 두고 그만큼 요금을 내는 DynamoDB 요금 방식으로, Auto Scaling으로 조절할 수 있다.',
		broader: 'dynamodb-capacity-mode',
	},
	{
		id: 'dynamodb-rcu',
		korean: '읽기 용량 단위',
		variants: ['읽기용량단위', 'Read Capacity Unit'],
		english: 'Read capacity unit',
		abbreviations: ['RCU'],
		service: 'DynamoDB',
		definition: '최대 4KB 항목을 초당 한 번 강력히 일관되게, 또는 두 번 최종 일관되게 읽는 처리량의 단위이다.',
	},
	{
		id: 'dynamodb-wcu',
		korean: '쓰기 용량 단위',
		variants: ['쓰기용량단위', 'Write Capacity Unit'],
		english: 'Write capacity unit',
		abbreviations: ['WCU'],
		service: 'DynamoDB',
		definition: '최대 1KB 항목을 초당 한 번 쓰는 처리량의 단위이다.',
	},
	{
		id: 'dynamodb-eventually-consistent-read',
		korean: '최종적 일관된 읽기',
		variants: ['최종 일관된 읽기', '최종 일관성', 'Eventually Consistent Read'],
		english: 'Eventually consistent read',
		service: 'DynamoDB',
		definition:
			'직전 쓰기 결과가 바로 반영되지 않을 수 있지만 강력히 일관된 읽기의 절반 용량만 쓰는 DynamoDB의 기본 읽기 방식이다.',
	},
	{
		id: 'dynamodb-strongly-consistent-read',
		korean: '강력한 일관된 읽기',
		variants: ['강력한 일관성 읽기', 'Strongly Consistent Read'],
		english: 'Strongly consistent read',
		service: 'DynamoDB',
		definition:
			'성공한 모든 이전 쓰기를 반영한 최신 데이터를 돌려주는 읽기 방식으로, 용량을 두 배로 쓰고 GSI에서는 지원되지 않는다.',
	},
	{
		id: 'dynamodb-dax',
		korean: 'DynamoDB Accelerator',
		variants: ['DynamoDB 가속기', '다이나모DB 액셀러레이터'],
		english: 'DynamoDB Accelerator',
		abbreviations: ['DAX'],
		service: 'DynamoDB',
		definition:
			'DynamoDB 앞에 두어 읽기 응답 시간을 밀리초에서 마이크로초로 줄이는, API 호환 완전관리형 인메모리 캐시이다.',
	},
	{
		id: 'dynamodb-streams',
		korean: 'DynamoDB Streams',
		variants: ['DynamoDB 스트림', '다이나모DB 스트림'],
		english: 'DynamoDB Streams',
		service: 'DynamoDB',
		definition:
			'테이블 항목의 생성, 수정, 삭제를 일어난 순서대로 24시간 동안 기록해 Lambda 같은 소비자가 변경에 반응하게 하는 기능이다.',
	},
	{
		id: 'dynamodb-ttl',
		korean: 'DynamoDB TTL',
		variants: ['Time to Live', '유지 시간', '항목 만료'],
		english: 'DynamoDB Time to Live',
		abbreviations: ['TTL'],
		service: 'DynamoDB',
		definition: '항목의 타임스탬프 속성에 정한 시각이 지나면 쓰기 용량을 쓰지 않고 그 항목을 자동으로 지우는 기능이다.',
	},
	{
		id: 'dynamodb-global-tables',
		korean: '글로벌 테이블',
		variants: ['글로벌테이블', 'Global Tables', '전역 테이블'],
		english: 'Global tables',
		service: 'DynamoDB',
		definition:
			'선택한 여러 리전에 테이블 복제본을 두고 어느 리전에서나 읽고 쓰게 하는 완전관리형 다중 리전, 다중 활성 DynamoDB 기능이다.',
	},
	{
		id: 'dynamodb-pitr',
		korean: 'DynamoDB 특정 시점 복구',
		variants: ['특정 시점 복구', '지정 시간 복구', 'Point-in-time recovery for DynamoDB'],
		english: 'DynamoDB point-in-time recovery',
		abbreviations: ['PITR'],
		service: 'DynamoDB',
		definition: '켜 두면 최근 최대 35일 안의 어느 초로든 테이블을 새 테이블로 복원하게 하는 연속 백업 기능이다.',
	},
	{
		id: 'dynamodb-on-demand-backup',
		korean: '온디맨드 백업',
		variants: ['온디맨드백업', 'DynamoDB 백업'],
		english: 'On-demand backup',
		service: 'DynamoDB',
		definition: '테이블의 전체 사본을 성능 영향 없이 원할 때 만들어 지울 때까지 보관하는 백업이다.',
	},
	{
		id: 'dynamodb-transactions',
		korean: 'DynamoDB 트랜잭션',
		variants: ['TransactWriteItems'],
		english: 'DynamoDB transactions',
		service: 'DynamoDB',
		definition: '하나 이상의 테이블에 걸친 여러 항목의 쓰기나 읽기를 모두 성공하거나 모두 실패하게 묶는 기능이다.',
	},
	{
		id: 'dynamodb-query',
		korean: '쿼리',
		variants: ['Query 작업', 'DynamoDB 쿼리'],
		english: 'Query',
		service: 'DynamoDB',
		definition:
			'파티션 키 값으로 항목을 찾고 정렬 키 조건으로 범위를 좁혀 테이블이나 인덱스에서 효율적으로 읽는 작업이다.',
	},
	{
		id: 'dynamodb-scan',
		korean: '스캔',
		variants: ['Scan 작업', 'DynamoDB 스캔'],
		english: 'Scan',
		service: 'DynamoDB',
		definition:
			'테이블이나 인덱스의 모든 항목을 읽은 뒤 필터를 적용하는 작업으로, 큰 테이블에서는 용량을 많이 소모한다.',
	},
	{
		id: 'dynamodb-conditional-write',
		korean: '조건부 쓰기',
		variants: ['조건부쓰기'],
		english: 'Conditional write',
		service: 'DynamoDB',
		definition:
			'항목의 속성이 지정한 조건식을 만족할 때만 쓰기, 수정, 삭제가 성공하게 해 동시 수정 충돌을 막는 방식이다.',
	},
	{
		id: 'dynamodb-table-class',
		korean: '테이블 클래스',
		variants: ['DynamoDB Standard-IA', 'Standard-Infrequent Access 테이블 클래스'],
		english: 'Table class',
		service: 'DynamoDB',
		definition:
			'저장 비용과 처리량 비용의 비율이 다른 Standard와 Standard-IA 가운데 DynamoDB 테이블에 고르는 요금 등급이다.',
	},
] as const satisfies readonly DictionaryEntry[];
