/**
 * After Starlight's Pagefind step (so added through `updateConfig`, which appends it after Starlight): writes
 * into search-vocabulary.json the Pagefind id of each concept's home page (src/lib/search/page-ids.ts), and each
 * concept's home as the first result of a query naming it (src/lib/search/home-lead.ts). Pagefind names a page's
 * fragment by its id and starts it with the page's URL, so only each fragment's head is read and inflated (about a
 * tenth of inflating them all at 1,000 pages), then the homes' whole fragments.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, inflateRawSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import type { SearchData } from '../lib/search/cascade.ts';
import { homeLeads } from '../lib/search/home-lead.ts';
import {
	FRAGMENT_EXTENSION,
	FRAGMENT_FOLDER,
	fragmentFile,
	fragmentPage,
	fragmentUrl,
	homePageIds,
	type IndexedPage,
} from '../lib/search/page-ids.ts';

const VOCABULARY = 'search-vocabulary.json';
/** Enough for the gzip header and the start of the JSON with a long URL. */
const HEAD_BYTES = 512;
/** The gzip header without optional fields (flag byte 0), as Pagefind writes it. */
const GZIP_HEADER_BYTES = 10;

/**
 * The decompressed start of a gzip file, from its first `HEAD_BYTES` bytes when its header is the plain one.
 * Synchronous, like the listing: nothing else runs at this point of the build, and a thousand opens, reads and
 * closes through the thread pool took twice as long.
 */
function gzipHead(file: string): string {
	const descriptor = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const bytesRead = readSync(descriptor, buffer, 0, HEAD_BYTES, 0);
		// A header with optional fields (a file name, say) has no fixed length: inflate the whole file then.
		if (buffer[3] !== 0) return gunzipSync(readFileSync(file)).toString('utf8');
		// Z_SYNC_FLUSH: give what the truncated deflate stream holds instead of failing on its missing end.
		const head = inflateRawSync(buffer.subarray(GZIP_HEADER_BYTES, bytesRead), {
			finishFlush: constants.Z_SYNC_FLUSH,
		});
		return head.toString('utf8');
	} finally {
		closeSync(descriptor);
	}
}

function indexedPages(fragments: string): IndexedPage[] {
	return readdirSync(fragments)
		.filter((name) => name.endsWith(FRAGMENT_EXTENSION))
		.map((name) => ({
			id: name.slice(0, -FRAGMENT_EXTENSION.length),
			url: fragmentUrl(gzipHead(join(fragments, name))),
		}))
		.filter((page): page is IndexedPage => page.url !== undefined);
}

export function searchPageIds(): AstroIntegration {
	return {
		name: 'aws-ec2-notes:search-page-ids',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const vocabularyFile = join(root, VOCABULARY);
				const data = JSON.parse(await readFile(vocabularyFile, 'utf8')) as SearchData;
				const fragments = join(root, FRAGMENT_FOLDER);
				const pageIds = homePageIds(data.concepts, indexedPages(fragments));
				const homes = new Set(data.concepts.map((concept) => concept.page)).size;
				const found = Object.keys(pageIds).length;
				if (found < homes) logger.warn(`${homes - found} of ${homes} concept pages are not in the search index`);
				const unread: string[] = [];
				const leads = homeLeads(data.concepts, data.words, pageIds, (id) => {
					const page = fragmentPage(gunzipSync(readFileSync(join(root, fragmentFile(id)))).toString('utf8'));
					if (!page) unread.push(fragmentFile(id));
					return page;
				});
				// Search still works without them, only slower to show its first result: worth a word, not a failure.
				if (unread.length > 0)
					logger.warn(
						`concept pages whose index text could not be read (first results wait for Pagefind): ${unread.join(', ')}`,
					);
				await writeFile(vocabularyFile, JSON.stringify({ ...data, pageIds, leads }));
			},
		},
	};
}
