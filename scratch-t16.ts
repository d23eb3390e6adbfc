import { readFileSync, readdirSync } from 'node:fs';
import { outlineNote } from './src/lib/search/note-outline.ts';
import { buildSiteTerms } from './src/lib/glossary/term-homes.ts';
import { glossary } from './src/lib/glossary/entries.ts';
const dir = './src/content/docs/';
const outlines = readdirSync(dir).filter(f => !f.startsWith('404') && f !== 'glossary.mdx').map(f => {
  const src = readFileSync(dir + f, 'utf8');
  const title = /title: (.*)/.exec(src)![1]!;
  return outlineNote(f.replace(/\.mdx?$/, ''), title, src.replace(/^---[\s\S]*?---\n/, ''));
});
const t0 = performance.now();
const terms = buildSiteTerms({ glossary, dictionary: [], outlines });
console.log('ms', performance.now() - t0, terms.length);
for (const g of glossary) {
  const t = terms.find(x => x.term === g.term)!;
  const same = t.home.page === g.page && (t.home.section ?? '') === (g.section ?? '');
  if (!same) console.log('MOVED', g.term, `${g.page}#${g.section ?? ''}`, '->', `${t.home.page}#${t.home.section ?? ''}`, t.homeReason);
}
for (const t of terms.filter(t => t.origin !== 'glossary')) console.log('NEW', t.term, '|', t.english, '|', t.aliases.join(','), '->', t.home.page, t.home.section, t.homeReason);
for (const t of terms.filter(t => t.origin === 'glossary')) { const g = glossary.find(x=>x.term===t.term)!; const added = t.aliases.filter(a => !(g.aliases??[]).includes(a)); if (added.length) console.log('ADDED', t.term, added.join(',')); }
