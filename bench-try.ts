import { buildSite, distSize, prepareSite } from '/work/wt-gates/scripts/bench/sites.ts';
const n = Number(process.argv[2] ?? 0);
for (const kind of ['baseline', 'ours'] as const) {
	const dir = await prepareSite(kind, n);
	const ms = await buildSite(dir, 'http://127.0.0.1:9');
	console.log(kind, n, Math.round(ms), await distSize(dir));
}
