import { join } from 'node:path';
import { buildSite, makeScratchSite, runImport } from './tests/support/scratch-site.ts';
import { evalNotes } from './tests/fixtures/eval-notes/queries.ts';
const dir = await makeScratchSite();
for (const note of evalNotes) console.log((await runImport(dir, [join('tests/fixtures/eval-notes', note.file), '--section', note.group])).code);
const r = await buildSite(dir, { BASE_PATH: '/aws-ec2-notes' });
console.log('build', r.code, dir);
