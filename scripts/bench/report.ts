/** Turns the benchmark's measurements into the Markdown tables printed and pasted into the README. */
import { formatBytes, formatDuration, formatMegabytes, formatRatio, markdownTable } from './format.ts';
import { median, summarize } from '../../test-support/stats.ts';
import type { Category, LighthouseRun } from './lighthouse.ts';
import type { SearchTiming } from './search-latency.ts';
import { renderSearchScaling, type SearchScalingRow } from './search-scaling.ts';
import type { DistSize, SiteKind } from './sites.ts';
import type { Kind, PageWeight, Transfer, Weight } from './weight.ts';

export interface BuildFigures {
	ms: number[];
	dist: DistSize;
}

export interface Results {
	generatedAt: string;
	quick: boolean;
	elapsedSeconds: number;
	machine: { cpus: number; cpuModel: string; node: string; astro: string; starlight: string; chromium: string };
	queries: { source: string; count: number };
	build: Record<SiteKind, BuildFigures>;
	scaling: { syntheticPages: number; sites: Record<SiteKind, BuildFigures> }[];
	weight: { home: Record<SiteKind, PageWeight>; heaviest: { path: string; sites: Record<SiteKind, PageWeight> } };
	/** Home with an empty cache, then the heaviest page with what home left in the cache. */
	visit: Record<SiteKind, { first: Transfer; second: Transfer }>;
	/** Every page both sites have (home only with --quick); all four categories on a few, performance on the rest. */
	lighthouse: { path: string; runs: Record<SiteKind, LighthouseRun[]> }[];
	search: Record<SiteKind, SearchTiming>;
	/** Search data size by site size and latency on the largest (scripts/bench/search-scaling.ts); absent in older results. */
	searchScaling?: SearchScalingRow[];
}

const HEADER = ['항목', '우리 사이트', '기본 Starlight', '우리/기본'];
const KIND_LABEL: Record<Kind | 'total', string> = {
	html: 'HTML',
	css: 'CSS',
	js: 'JS',
	images: '이미지',
	fonts: '글꼴',
	other: '기타(검색 색인 등)',
	total: '합계',
};
const CATEGORY_LABEL: Record<Category, string> = {
	performance: '성능',
	accessibility: '접근성',
	'best-practices': '권장사항',
	seo: 'SEO',
};

/** A row comparing one figure: both values formatted, and the ratio of the raw numbers. */
function row(label: string, ours: number, baseline: number, format: (value: number) => string): string[] {
	return [label, format(ours), format(baseline), formatRatio(ours, baseline)];
}

function weightRows(label: string, ours: Weight, baseline: Weight, kinds: readonly (Kind | 'total')[]): string[][] {
	return kinds.map((kind) => [
		`${label} · ${KIND_LABEL[kind]}`,
		`${formatBytes(ours[kind].gzip)} (${formatBytes(ours[kind].raw)})`,
		`${formatBytes(baseline[kind].gzip)} (${formatBytes(baseline[kind].raw)})`,
		formatRatio(ours[kind].gzip, baseline[kind].gzip),
	]);
}

/** `median (min–max)` of repeated timings. */
function timings(values: readonly number[]): string {
	const { min, median: middle, max } = summarize(values);
	return values.length > 1
		? `${formatDuration(middle)} (${formatDuration(min)}–${formatDuration(max)})`
		: formatDuration(middle);
}

/** All tables, each with a heading, as one Markdown document. */
export function renderReport(results: Results): string {
	const { ours, baseline } = results.weight.home;
	const heavy = results.weight.heaviest;
	const allKinds = ['js', 'css', 'html', 'images', 'fonts', 'other', 'total'] as const;
	const weight = markdownTable(HEADER, [
		...weightRows('홈', ours.before, baseline.before, allKinds),
		...weightRows(heavy.path, heavy.sites.ours.before, heavy.sites.baseline.before, allKinds),
		...(ours.afterSearch && baseline.afterSearch
			? weightRows('홈, 검색 후', ours.afterSearch, baseline.afterSearch, ['js', 'other', 'total'])
			: []),
	]);

	const fullyAudited = results.lighthouse.filter(({ runs }) =>
		runs.ours.every((run) => Number.isFinite(run.scores.accessibility)),
	);
	const lighthouseRows = fullyAudited.flatMap(({ path, runs }) => [
		...(Object.keys(CATEGORY_LABEL) as Category[]).map((category) => {
			const score = (site: SiteKind) => runs[site].map((run) => run.scores[category]);
			const shown = (site: SiteKind) => {
				const { min, median: middle, max } = summarize(score(site));
				return min === max ? String(middle) : `${middle} (${min}–${max})`;
			};
			return [
				`${path} · ${CATEGORY_LABEL[category]}`,
				shown('ours'),
				shown('baseline'),
				formatRatio(median(score('ours')), median(score('baseline'))),
			];
		}),
		row(
			`${path} · LCP (모바일 시뮬레이션)`,
			median(runs.ours.map((run) => run.lcp)),
			median(runs.baseline.map((run) => run.lcp)),
			formatDuration,
		),
		row(
			`${path} · TBT`,
			median(runs.ours.map((run) => run.tbt)),
			median(runs.baseline.map((run) => run.tbt)),
			formatDuration,
		),
	]);

	const middle = (runs: readonly LighthouseRun[], pick: (run: LighthouseRun) => number) => median(runs.map(pick));
	const pair = (
		runs: Record<SiteKind, LighthouseRun[]>,
		pick: (run: LighthouseRun) => number,
		format: (n: number) => string,
	) => [format(middle(runs.ours, pick)), format(middle(runs.baseline, pick))];
	const pageRows = results.lighthouse.map(({ path, runs }) => [
		path,
		...pair(runs, (run) => run.fcp, formatDuration),
		...pair(runs, (run) => run.lcp, formatDuration),
		...pair(runs, (run) => run.renderBlocking?.length ?? Number.NaN, String),
		...pair(
			runs,
			(run) => run.cls,
			(n) => (Number.isFinite(n) ? n.toFixed(3) : '–'),
		),
		...pair(runs, (run) => run.scores.performance, String),
	]);
	const pageTable = markdownTable(
		[
			'페이지',
			'FCP 우리',
			'FCP 기본',
			'LCP 우리',
			'LCP 기본',
			'렌더 차단 우리',
			'렌더 차단 기본',
			'CLS 우리',
			'CLS 기본',
			'성능 우리',
			'성능 기본',
		],
		pageRows,
	);

	const transfer = (label: string, view: 'first' | 'second') =>
		row(
			`${label} · 받은 바이트(gzip, 헤더 포함)`,
			results.visit.ours[view].bytes,
			results.visit.baseline[view].bytes,
			formatBytes,
		);
	const requests = (label: string, view: 'first' | 'second') => [
		`${label} · 서버 요청 수`,
		String(results.visit.ours[view].requests),
		String(results.visit.baseline[view].requests),
		formatRatio(results.visit.ours[view].requests, results.visit.baseline[view].requests),
	];
	const visitTable = results.visit
		? markdownTable(HEADER, [
				transfer('첫 방문(홈, 빈 캐시)', 'first'),
				requests('첫 방문(홈, 빈 캐시)', 'first'),
				transfer(`다음 페이지(${heavy.path}, 캐시 있음)`, 'second'),
				requests(`다음 페이지(${heavy.path}, 캐시 있음)`, 'second'),
			])
		: '';

	const search = (site: SiteKind) => summarize(results.search[site].samples);
	const searchTable = markdownTable(HEADER, [
		row('중앙값', search('ours').median, search('baseline').median, formatDuration),
		row('p95', search('ours').p95, search('baseline').p95, formatDuration),
		// Ours shows a named concept's home before Pagefind answers; the rest of its ranking comes after.
		...(results.search.ours.completeSamples.length
			? [
					[
						'전체 순위까지 p95(우리 사이트만 잼)',
						formatDuration(summarize(results.search.ours.completeSamples).p95),
						'–',
						'',
					],
				]
			: []),
		row(
			'첫 검색(색인 불러오기 포함)',
			results.search.ours.firstQuery,
			results.search.baseline.firstQuery,
			formatDuration,
		),
		[
			'측정 수 / 결과 없음',
			`${search('ours').n} / ${results.search.ours.misses.length}`,
			`${search('baseline').n} / ${results.search.baseline.misses.length}`,
			'',
		],
	]);

	const buildRows = (label: string, figures: Record<SiteKind, BuildFigures>) => [
		[
			`${label} · 빌드 시간 중앙값 (최소–최대)`,
			timings(figures.ours.ms),
			timings(figures.baseline.ms),
			formatRatio(median(figures.ours.ms), median(figures.baseline.ms)),
		],
		row(`${label} · 빌드 시간 최소`, Math.min(...figures.ours.ms), Math.min(...figures.baseline.ms), formatDuration),
		row(`${label} · dist 크기`, figures.ours.dist.bytes, figures.baseline.dist.bytes, formatMegabytes),
		row(
			`${label} · Pagefind 색인(index·fragment·meta)`,
			figures.ours.dist.pagefindIndexBytes,
			figures.baseline.dist.pagefindIndexBytes,
			formatBytes,
		),
		row(`${label} · HTML 페이지 수`, figures.ours.dist.htmlPages, figures.baseline.dist.htmlPages, String),
	];
	const build = markdownTable(HEADER, [
		...buildRows('실제 사이트', results.build),
		...results.scaling.flatMap(({ syntheticPages, sites }) =>
			buildRows(`합성 ${syntheticPages.toLocaleString('en-US')}쪽 추가`, sites),
		),
	]);

	const { machine } = results;
	return [
		`측정: ${results.generatedAt.slice(0, 10)}, ${machine.cpus}코어 ${machine.cpuModel}, Node ${machine.node}, Astro ${machine.astro}, Starlight ${machine.starlight}, Chromium ${machine.chromium}${results.quick ? ', --quick(반복 줄임)' : ''}. 전체 ${Math.round(results.elapsedSeconds)}초.`,
		'',
		'#### 페이지 무게(상호작용 전; gzip, 괄호 안은 압축 전)',
		'',
		weight,
		'',
		`#### Lighthouse 모바일(${results.lighthouse[0]?.runs.ours.length ?? 0}회 중앙값, 괄호 안은 최소–최대)`,
		'',
		markdownTable(HEADER, lighthouseRows),
		'',
		`#### 페이지마다 첫 화면(Lighthouse 모바일 시뮬레이션, gzip으로 서빙, ${results.lighthouse[0]?.runs.ours.length ?? 0}회 중앙값)`,
		'',
		pageTable,
		'',
		'#### 첫 방문과 다음 페이지(실제로 서버에서 받은 것; 서버는 GitHub Pages처럼 gzip과 `max-age=600`)',
		'',
		visitTable,
		'',
		`#### 검색 지연(질의 ${results.queries.count}개, 입력 이벤트부터 첫 결과 링크가 보일 때까지)`,
		'',
		searchTable,
		'',
		'#### 빌드(캐시 없이 처음부터, Pagefind 포함)',
		'',
		build,
		...(results.searchScaling ? ['', renderSearchScaling(results.searchScaling)] : []),
	].join('\n');
}

/** The targets the project set, with the measured figure and whether it is met; reported, never asserted. */
export function renderTargets(results: Results): string {
	const homeJs = results.weight.home.ours.before.js.gzip;
	const lighthouse = results.lighthouse
		.filter(({ runs }) => runs.ours.every((run) => Number.isFinite(run.scores.accessibility)))
		.flatMap(({ path, runs }) =>
			(Object.keys(CATEGORY_LABEL) as Category[]).map(
				(category) => `${path} ${CATEGORY_LABEL[category]} ${median(runs.ours.map((run) => run.scores[category]))}`,
			),
		);
	// Categories a page was not audited in score NaN and are skipped; performance is audited everywhere.
	const allHundred = results.lighthouse.every(({ runs }) =>
		(Object.keys(CATEGORY_LABEL) as Category[]).every((category) => {
			const score = median(runs.ours.map((run) => run.scores[category]));
			return Number.isNaN(score) || score === 100;
		}),
	);
	const slowest = (pick: (run: LighthouseRun) => number) =>
		results.lighthouse.reduce(
			(worst, { path, runs }) => {
				const value = median(runs.ours.map(pick));
				return value > worst.value ? { path, value } : worst;
			},
			{ path: '', value: Number.NEGATIVE_INFINITY },
		);
	const fcp = slowest((run) => run.fcp);
	const lcp = slowest((run) => run.lcp);
	const blocking = slowest((run) => run.renderBlocking?.length ?? Number.NaN);
	const p95 = summarize(results.search.ours.samples).p95;
	const complete = results.search.ours.completeSamples.length
		? ` (전체 순위까지 ${formatDuration(summarize(results.search.ours.completeSamples).p95)})`
		: '';
	// Minimum build times: the least disturbed run of each site, so machine noise does not decide the ratio.
	const largest = results.scaling.at(-1);
	const buildRatio = largest ? Math.min(...largest.sites.ours.ms) / Math.min(...largest.sites.baseline.ms) : Number.NaN;
	const medianRatio = largest ? median(largest.sites.ours.ms) / median(largest.sites.baseline.ms) : Number.NaN;
	const mark = (met: boolean) => (met ? '달성' : '미달');
	return [
		`- 상호작용 전 JS(홈, gzip) ≤ 15 KB: ${formatBytes(homeJs)} — ${mark(homeJs <= 15 * 1024)}`,
		`- Lighthouse 모바일 네 항목 100: ${lighthouse.join(', ')} — ${mark(allHundred)}`,
		`- 모든 페이지(${results.lighthouse.length}쪽) FCP ≤ 0.8 s: 가장 느린 ${fcp.path} ${formatDuration(fcp.value)} — ${mark(fcp.value <= 800)}`,
		`- 모든 페이지 LCP ≤ 0.9 s: 가장 느린 ${lcp.path} ${formatDuration(lcp.value)} — ${mark(lcp.value <= 900)}`,
		`- 모든 페이지 렌더 차단 요청 ≤ 1: 가장 많은 ${blocking.path} ${blocking.value}개 — ${mark(blocking.value <= 1)}`,
		`- 검색 p95 ≤ 30 ms(첫 결과가 보일 때까지): ${formatDuration(p95)}${complete} — ${mark(p95 <= 30)}`,
		largest
			? `- 합성 ${largest.syntheticPages.toLocaleString('en-US')}쪽 빌드 시간 ≤ 기본의 1.2배: 최소끼리 ${buildRatio.toFixed(2)}배(중앙값끼리 ${medianRatio.toFixed(2)}배) — ${mark(buildRatio <= 1.2)}`
			: '- 1,000쪽 빌드: --quick에서는 재지 않음',
	].join('\n');
}
