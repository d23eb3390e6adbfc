/**
 * One worker thread of the page finishing (page-postprocess.ts): started early, it waits for its share of the
 * pages, reads them and posts what the site-wide steps need (`scanned`), then waits for the site's decisions and
 * writes the finished pages (`finished`). The pages stay in this thread between the two, so each is read once
 * and never copied. A failed read or write rejects unhandled, which ends the worker with that error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { pageFinisher, scanPage, type PageScan, type SiteFinishing } from './finish-page.ts';

export interface WorkerInput {
	root: string;
	files: string[];
}

export type WorkerMessage = { type: 'scanned'; pages: PageScan[] } | { type: 'finished' };

const port = parentPort;
if (!port) throw new Error('page-postprocess-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
port.once('message', async ({ root, files }: WorkerInput) => {
	const pages = await Promise.all(
		files.map(async (file) => ({ file, html: await readFile(join(root, file), 'utf8') })),
	);
	port.once('message', async (site: SiteFinishing) => {
		const finish = pageFinisher(site);
		await Promise.all(
			pages.map(async ({ file, html }) => {
				const finished = finish(html);
				if (finished !== html) await writeFile(join(root, file), finished);
			}),
		);
		post({ type: 'finished' });
	});
	post({ type: 'scanned', pages: pages.map(({ html }) => scanPage(html)) });
});
