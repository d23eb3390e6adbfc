import { expect, test } from 'vitest';
import { bilingualPairs } from './bilingual-pairs.ts';
import { outlineNote } from './note-outline.ts';

const pairsOf = (body: string, title = '노트') =>
	bilingualPairs(outlineNote('note', title, body)).map(({ korean, english }) => [korean ?? null, english]);

test.each([
	['## 배치그룹(Placement Groups)\n', [['배치그룹', 'Placement Groups']]],
	['- 로드 밸런서(Load Balancer)는 트래픽을 나눈다\n', [['로드 밸런서', 'Load Balancer']]],
	['- 인스턴스를 대상 그룹(Target Group)에 등록\n', [['대상 그룹', 'Target Group']]],
	['- 탄력적 IP 주소(Elastic IP address)\n', [['탄력적 IP 주소', 'Elastic IP address']]],
	['- Elastic IP(탄력적 IP)를 연결\n', [['탄력적 IP', 'Elastic IP']]],
	['- 단일 가용영역(AZ)에 둔다\n', [['가용영역', 'AZ']]],
])('%s → %j', (body, expected) => {
	expect(pairsOf(body)).toEqual(expected);
});

test.each([
	['a parenthesis that is not a name', '- 최대 7개(1)까지\n'],
	['Korean inside and outside', '- 키(이름)로 찾음\n'],
	['a Latin word ending a Korean name, described in Korean', '- 퍼블릭 IP (자동 할당)\n'],
])('no pair from %s', (_, body) => {
	expect(pairsOf(body)).toEqual([]);
});

test('a sentence word before the name stays out, also across table cells', () => {
	const body =
		'<table><tbody>\n<tr><th scope="row">중지됨 상태</th><td>종료(shut down)되어 사용할 수 없음</td></tr>\n</tbody></table>\n';
	expect(pairsOf(body)).toEqual([['종료', 'shut down']]);
});

test('a table whose first column is English names pairs each name with its row, without a Korean name', () => {
	const body =
		'## 스토리지 클래스\n\n| **S3 Standard** | 자주 액세스하는 데이터 |\n| --- | --- |\n| **S3 Glacier Deep Archive** | 가장 저렴한 클래스 |\n';
	expect(bilingualPairs(outlineNote('s3', 'S3', body))).toEqual([
		{ english: 'S3 Standard', sectionIndex: 1, inHeading: false },
		{ english: 'S3 Glacier Deep Archive', sectionIndex: 1, inHeading: false },
	]);
});

test('a pair written twice is listed once, where it first appears', () => {
	const body = '## 배치그룹(Placement Groups)\n\n배치그룹(Placement Groups)은 …\n';
	expect(bilingualPairs(outlineNote('p', 'P', body))).toEqual([
		{ korean: '배치그룹', english: 'Placement Groups', sectionIndex: 1, inHeading: true },
	]);
});
