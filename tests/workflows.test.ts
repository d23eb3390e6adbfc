/**
 * The GitHub workflows stay least-privilege and tamper-evident: no token permissions unless a job asks for
 * them, and every action pinned to a full commit SHA (tags can be moved) with its version beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './support/scratch-site.ts';

interface Workflow {
	permissions?: unknown;
	jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }>;
}

const folder = join(ROOT, '.github/workflows');
const workflows = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.map((name) => {
		const text = readFileSync(join(folder, name), 'utf8');
		return [name, text, parse(text) as Workflow] as const;
	});

test('there are workflows to check', () => {
	expect(workflows.map(([name]) => name)).toEqual(expect.arrayContaining(['deploy.yml', 'test.yml']));
});

describe.each(workflows)('%s', (_name, text, workflow) => {
	test('grants nothing at the top and names each job’s permissions', () => {
		expect(workflow.permissions).toEqual({});
		for (const [job, { permissions }] of Object.entries(workflow.jobs)) {
			expect(permissions, job).toBeTypeOf('object');
			expect(Object.values(permissions ?? {}), job).not.toContain('write-all');
		}
	});

	test('pins every action to a full commit SHA with its version in a comment', () => {
		const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(.+)$/gm)].map(([, line = '']) => line.trim());
		expect(uses.length).toBeGreaterThan(0);
		for (const line of uses) expect(line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});
});
