import type { DictionaryEntry } from './types.ts';

/** AWS KMS: the kinds of keys, who owns and manages them, how data is encrypted with them, access and rotation. */
export const kms = [
	{
		id: 'kms-service',
		korean: 'AWS KMS',
		variants: ['KMS', 'Key Management Service', '키 관리 서비스'],
		english: 'AWS Key Management Service',
		abbreviations: ['KMS'],
		service: 'KMS',
		definition:
			'데이터를 보호하는 암호화 키를 만들고 그 사용을 중앙에서 통제하며 FIPS 140-3 검증 하드웨어 보안 모듈로 지키는 관리형 서비스이다.',
	},
	{
		id: 'kms-key',
		korean: 'KMS 키',
		variants: ['KMS키', '고객 마스터 키'],
		english: 'AWS KMS key',
		abbreviations: ['CMK'],
		service: 'KMS',
		definition:
			'ID, 설명, 상태 같은 메타데이터와 키 구성 요소에 대한 참조를 가진 암호화 키의 논리적 표현으로, 그 비밀 구성 요소는 암호화되지 않은 채 서비스 밖으로 나가지 않는다.',
	},
	{
		id: 'kms-customer-managed-key',
		korean: '고객 관리형 키',
		variants: ['고객관리형키', '고객 관리 키', 'Customer Managed Key'],
		english: 'Customer managed key',
		service: 'KMS',
		definition: '사용자가 직접 만들고 소유하며 키 정책, 교체, 삭제를 모두 통제하는 KMS 키로, 월 요금이 있다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-aws-managed-key',
		korean: 'AWS 관리형 키',
		variants: ['AWS관리형키', 'AWS 관리 키', 'AWS Managed Key'],
		english: 'AWS managed key',
		service: 'KMS',
		definition:
			'S3나 EBS 같은 AWS 서비스가 사용자 계정에 대신 만들어 쓰는 aws/서비스 이름의 KMS 키로, 사용자는 볼 수 있지만 정책을 바꾸거나 교체 주기를 정할 수 없다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-aws-owned-key',
		korean: 'AWS 소유 키',
		variants: ['AWS소유키', 'AWS Owned Key'],
		english: 'AWS owned key',
		service: 'KMS',
		definition:
			'AWS 서비스가 여러 계정에서 함께 쓰려고 소유하고 관리하는 KMS 키로, 사용자 계정에는 보이지 않고 요금도 없다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-envelope-encryption',
		korean: '봉투 암호화',
		variants: ['봉투암호화', '엔벨로프 암호화', 'Envelope Encryption'],
		english: 'Envelope encryption',
		service: 'KMS',
		definition: '데이터를 데이터 키로 암호화하고 그 데이터 키를 다시 다른 키로 암호화해 함께 저장하는 방식이다.',
	},
	{
		id: 'kms-data-key',
		korean: '데이터 키',
		variants: ['데이터키', 'Data Key'],
		english: 'Data key',
		service: 'KMS',
		definition:
			'GenerateDataKey로 KMS 키 아래에서 만들어져 평문과 암호화된 사본으로 돌려받아, 많은 양의 데이터를 서비스 밖에서 암호화하는 데 쓰는 대칭 키이다.',
	},
	{
		id: 'kms-key-rotation',
		korean: '키 교체',
		variants: ['키교체', '자동 키 교체', '키 로테이션', 'Key Rotation'],
		english: 'Key rotation',
		service: 'KMS',
		definition:
			'키 ID와 ARN은 그대로 두고 새 암호화 구성 요소를 만들어 앞으로의 암호화에 쓰는 일로, 이전 구성 요소는 예전 데이터 복호화를 위해 남겨 둔다.',
	},
	{
		id: 'kms-key-policy',
		korean: '키 정책',
		variants: ['키정책', 'Key Policy', 'KMS 키 정책'],
		english: 'Key policy',
		service: 'KMS',
		definition:
			'KMS 키마다 꼭 하나씩 붙는 리소스 기반 권한 문서로, 누가 그 키를 쓰고 관리할 수 있는지 정하는 기본 수단이다.',
	},
	{
		id: 'kms-grant',
		korean: '권한 부여',
		variants: ['KMS 권한 부여', 'Grant', '그랜트'],
		english: 'Grant',
		service: 'KMS',
		definition:
			'키 정책을 바꾸지 않고 다른 보안 주체에게 KMS 키를 특정 암호화 작업에 쓸 권한을 임시로 위임하는 도구로, AWS 서비스가 자주 쓴다.',
	},
	{
		id: 'kms-alias',
		korean: 'KMS 별칭',
		variants: ['키 별칭', 'KMS 키 별칭'],
		english: 'KMS alias',
		service: 'KMS',
		definition: 'alias/my-key처럼 KMS 키에 붙이는 읽기 쉬운 이름으로, 코드를 바꾸지 않고 가리키는 키를 바꿀 수 있다.',
	},
	{
		id: 'kms-symmetric-key',
		korean: '대칭 암호화 KMS 키',
		variants: ['대칭 키', '대칭키', 'Symmetric Key'],
		english: 'Symmetric encryption KMS key',
		service: 'KMS',
		definition:
			'암호화와 복호화에 같은 256비트 AES-GCM 비밀 값을 쓰는 기본 KMS 키 유형으로, 그 값은 서비스를 암호화되지 않은 채 떠나지 않는다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-asymmetric-key',
		korean: '비대칭 KMS 키',
		variants: ['비대칭 키', '비대칭키', 'Asymmetric Key'],
		english: 'Asymmetric KMS key',
		service: 'KMS',
		definition:
			'수학적으로 연결된 퍼블릭 키와 프라이빗 키의 쌍으로 암호화나 서명 검증에 쓰며, 퍼블릭 키는 내려받을 수 있는 KMS 키 유형이다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-multi-region-key',
		korean: '다중 리전 키',
		variants: ['다중리전키', '멀티 리전 키', 'Multi-Region Key'],
		english: 'Multi-Region key',
		service: 'KMS',
		definition:
			'서로 다른 리전에서 같은 키 ID와 키 구성 요소를 공유해, 한 리전에서 암호화한 데이터를 다른 리전에서 다시 암호화하지 않고 복호화하게 하는 KMS 키 묶음이다.',
		broader: 'kms-key',
	},
	{
		id: 'kms-key-material',
		korean: '키 구성 요소',
		variants: ['키 자료', 'Key Material', '키 머티리얼'],
		english: 'Key material',
		service: 'KMS',
		definition: '실제 암호화 알고리즘에 들어가는 비밀 비트열로, 보통 KMS가 만들지만 외부에서 가져올 수도 있다.',
	},
	{
		id: 'kms-imported-key-material',
		korean: '가져온 키 구성 요소',
		variants: ['키 구성 요소 가져오기', 'BYOK', 'Imported Key Material'],
		english: 'Imported key material',
		service: 'KMS',
		definition:
			'사용자가 자기 시스템에서 만든 비밀 비트열을 KMS 키에 넣어 쓰는 방식으로, 만료 시각을 정하거나 직접 지울 수 있다.',
	},
	{
		id: 'kms-key-deletion',
		korean: '키 삭제 예약',
		variants: ['삭제 예약', '키 삭제 대기 기간', 'ScheduleKeyDeletion'],
		english: 'Scheduling key deletion',
		service: 'KMS',
		definition:
			'KMS 키를 돌이킬 수 없이 지우기 전에 7일에서 30일(기본 30일)의 대기 기간을 두어 그동안 취소할 수 있게 하는 절차이다.',
	},
	{
		id: 'kms-encryption-context',
		korean: '암호화 컨텍스트',
		variants: ['암호화컨텍스트', 'Encryption Context'],
		english: 'Encryption context',
		service: 'KMS',
		definition:
			'암호화 때 넘긴 비밀이 아닌 키-값 쌍으로, 복호화할 때 똑같이 넘겨야 성공하며 추가 인증 데이터로 쓰이고 CloudTrail 로그에 남는다.',
	},
	{
		id: 'kms-custom-key-store',
		korean: '사용자 지정 키 스토어',
		variants: ['사용자 지정 키 저장소', 'Custom Key Store', 'CloudHSM 키 스토어'],
		english: 'Custom key store',
		service: 'KMS',
		definition:
			'사용자가 소유하고 관리하는 CloudHSM 클러스터나 외부 키 관리자에 KMS 키의 비밀 비트열을 두게 하는 기능이다.',
	},
] as const satisfies readonly DictionaryEntry[];
