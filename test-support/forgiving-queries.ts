import type { ExpectedHit } from './search-queries.ts';

/** How hurried readers mistype: initial consonants, the wrong keyboard layout, near-miss spellings. */
export interface ForgivingCase extends ExpectedHit {
	kind: 'choseong' | 'qwerty-for-hangul' | 'hangul-for-qwerty' | 'typo';
}

export const forgivingCases: readonly ForgivingCase[] = [
	// Initial consonants only.
	{ query: 'ㅂㅇㄱㄹ', page: 'security-groups', kind: 'choseong' },
	{ query: 'ㅅㄴㅅ', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'choseong' },
	{ query: 'ㅂㅊㄱㄹ', page: 'placement-groups', kind: 'choseong' },
	{ query: 'ㅌㄹㅈ', page: 'elastic-ip', section: 'Elastic IP', kind: 'choseong' },
	{ query: 'ㅅㅂㄴ', page: 'networking', kind: 'choseong' },
	{ query: 'ㄹㅇㅍㅅㅇㅋ', page: 'lifecycle', kind: 'choseong' },
	{ query: 'ㅋㄹㅅㅌ', page: 'placement-groups', section: '클러스터(Cluster) 배치그룹', kind: 'choseong' },
	{ query: 'ㅍㅌㅅ', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'choseong' },
	{ query: 'ㅅㅍ ㅇㅅㅌㅅ', page: 'purchase-options', kind: 'choseong' },
	{ query: 'ㅊㄷㅈㅈㅁㄷ', page: 'lifecycle', section: '인스턴스 상태', kind: 'choseong' },
	// Korean typed with the keyboard in English mode.
	{ query: 'qhdksrmfnq', page: 'security-groups', kind: 'qwerty-for-hangul' },
	{ query: 'qoclrmfnq', page: 'placement-groups', kind: 'qwerty-for-hangul' },
	{ query: 'tmsoqtit', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'qwerty-for-hangul' },
	{ query: 'tmvkt', page: 'purchase-options', kind: 'qwerty-for-hangul' },
	{ query: 'zmffjtmxj', page: 'placement-groups', section: '클러스터(Cluster) 배치그룹', kind: 'qwerty-for-hangul' },
	{ query: 'tjqmspt', page: 'networking', kind: 'qwerty-for-hangul' },
	{ query: 'fkdlvmtkdlzmf', page: 'lifecycle', kind: 'qwerty-for-hangul' },
	{ query: 'vkxltus', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'qwerty-for-hangul' },
	// English typed with the keyboard in Korean mode (what a 두벌식 IME makes of the keys).
	{ query: '댜ㅔ', page: 'elastic-ip', section: 'Elastic IP', kind: 'hangul-for-qwerty' },
	{ query: '므ㅑ', page: 'ami', kind: 'hangul-for-qwerty' },
	{ query: '두ㅑ', page: 'eni', kind: 'hangul-for-qwerty' },
	{ query: '펯', page: 'networking', kind: 'hangul-for-qwerty' },
	{ query: '네ㅐㅅ', page: 'purchase-options', kind: 'hangul-for-qwerty' },
	{ query: 'ㄴㅎ', page: 'security-groups', kind: 'hangul-for-qwerty' },
	{ query: 'rkdydduddur', page: 'placement-groups', section: '배치그룹 비교', kind: 'qwerty-for-hangul' },
	{ query: '듄', page: 'lifecycle', section: '상태별 요금과 EBS', kind: 'hangul-for-qwerty' },
	// Near-miss spellings.
	{ query: '보안그릅', page: 'security-groups', kind: 'typo' },
	{ query: '스넵샷', page: 'ami', section: '커스텀 AMI를 만드는 방법', kind: 'typo' },
	{ query: '배치그륩', page: 'placement-groups', kind: 'typo' },
	{ query: '파티선', page: 'placement-groups', section: '파티션(Partition) 배치그룹', kind: 'typo' },
	{ query: '서브냇', page: 'networking', kind: 'typo' },
	{ query: '라이프사이컬', page: 'lifecycle', kind: 'typo' },
	{ query: 'elastik ip', page: 'elastic-ip', section: 'Elastic IP', kind: 'typo' },
	{ query: 'securty group', page: 'security-groups', kind: 'typo' },
	{ query: '클러스타', page: 'placement-groups', section: '클러스터(Cluster) 배치그룹', kind: 'typo' },
];
