import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseExport } from '../scripts/import/parse.ts';
import { frontMatterCuid, ORIGINALS_DIR, pagesOfOriginal } from '../scripts/import/originals.ts';

/** The repository root (this file is test-support/note.ts). */
const ROOT = resolve(import.meta.dirname, '..');
const DOCS_DIR = 'src/content/docs';

/** An original Hashnode export from notes/ and the pages of the site made from it. */
export interface Original {
	/** Relative to the repository root, e.g. `notes/aws-ec2.md`. */
	file: string;
	/** Absolute path, for the importer. */
	path: string;
	text: string;
	slug: string;
	/** Ids of the docs pages made from it (`index` is the home page). */
	pages: string[];
}

/**
 * Every original kept in notes/, each with the pages it became.
 * @throws when notes/ holds none, or an original has no page: a fidelity check with nothing to check must fail.
 */
export function readOriginals(): Original[] {
	const names = readdirSync(join(ROOT, ORIGINALS_DIR)).filter((name) => name.endsWith('.md'));
	if (names.length === 0) {
		throw new Error(`${ORIGINALS_DIR}/ holds no Hashnode export (*.md): the fidelity check has nothing to prove`);
	}
	const docs = readdirSync(join(ROOT, DOCS_DIR))
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => {
			const cuid = frontMatterCuid(readFileSync(join(ROOT, DOCS_DIR, name), 'utf8'));
			return { id: name.replace(/\.mdx?$/, ''), ...(cuid ? { cuid } : {}) };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
	return names.sort().map((name) => {
		const file = `${ORIGINALS_DIR}/${name}`;
		const path = join(ROOT, file);
		const text = readFileSync(path, 'utf8');
		const note = parseExport(text, name);
		const pages = pagesOfOriginal(note, docs);
		if (pages.length === 0) {
			throw new Error(
				`${file} (slug ${note.slug}) has no page: expected ${DOCS_DIR}/${note.slug}.mdx or pages with cuid ${note.cuid ?? '(none)'}`,
			);
		}
		return { file, path, text, slug: note.slug, pages };
	});
}
