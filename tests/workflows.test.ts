/**
 * The GitHub workflows stay least-privilege and tamper-evident: no token permissions unless a job asks for
 * them, and every action pinned to a full commit SHA (tags can be moved) with its version beside it.
 * And the live site only ever gets a commit whose tests passed: deploying waits on the test workflow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../test-support/scratch-site.ts';

interface Job {
	permissions?: Record<string, string>;
	/** A job that runs a reusable workflow instead of steps. */
	uses?: string;
	needs?: string | string[];
	steps?: { uses?: string }[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: unknown;
	jobs: Record<string, Job>;
}

const folder = join(ROOT, '.github/workflows');
const workflows = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.map((name) => {
		const text = readFileSync(join(folder, name), 'utf8');
		return [name, text, parse(text) as Workflow] as const;
	});
const workflow = (name: string) => workflows.find(([file]) => file === name)?.[2];

/** Every job `job` waits for, directly or through the jobs it waits for. */
function allNeeds(jobs: Workflow['jobs'], job: string, seen = new Set<string>()): Set<string> {
	const needs = jobs[job]?.needs;
	for (const need of typeof needs === 'string' ? [needs] : (needs ?? [])) {
		if (seen.has(need)) continue;
		seen.add(need);
		allNeeds(jobs, need, seen);
	}
	return seen;
}

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
		// A workflow of this repository (`./.github/workflows/…`) comes from the same commit, so it needs no pin.
		for (const line of uses.filter((use) => !use.startsWith('./.github/workflows/')))
			expect(line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});
});

describe('deploying waits for the tests', () => {
	test('test.yml can be called by another workflow and runs npm test', () => {
		const tests = workflow('test.yml');
		expect(Object.keys(tests?.on ?? {})).toContain('workflow_call');
		const steps = Object.values(tests?.jobs ?? {}).flatMap((job) => job.steps ?? []);
		expect(steps).toContainEqual(expect.objectContaining({ run: 'npm test' }));
	});

	test('the deploy job needs, directly or not, a job that runs test.yml, and so does the build it deploys', () => {
		const jobs = workflow('deploy.yml')?.jobs ?? {};
		const testJobs = Object.keys(jobs).filter((job) => jobs[job]?.uses === './.github/workflows/test.yml');
		expect(testJobs).toHaveLength(1);
		const deployJobs = Object.keys(jobs).filter((job) =>
			jobs[job]?.steps?.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
		);
		const buildJobs = Object.keys(jobs).filter((job) =>
			jobs[job]?.steps?.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@')),
		);
		expect(deployJobs).toHaveLength(1);
		expect(buildJobs).toHaveLength(1);
		for (const job of [...deployJobs, ...buildJobs]) expect([...allNeeds(jobs, job)], job).toContain(testJobs[0]);
	});

	test('the called tests only read the repository', () => {
		const jobs = workflow('deploy.yml')?.jobs ?? {};
		const caller = Object.values(jobs).find((job) => job.uses === './.github/workflows/test.yml');
		expect(caller?.permissions).toEqual({ contents: 'read' });
	});
});
