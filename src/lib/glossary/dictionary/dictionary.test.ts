import { describe, expect, test } from 'vitest';
import { AWS_SERVICES, dictionary, type DictionaryEntry } from './index.ts';

/** Case- and space-insensitive form two names are compared in. */
const fold = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

const namesOf = (entry: DictionaryEntry): readonly string[] => [
	entry.korean,
	...(entry.variants ?? []),
	entry.english,
	...(entry.abbreviations ?? []),
];

/**
 * Names that two entries may share on purpose, each with the ids that share it. A shared name makes a query
 * ambiguous, so every pair here needs a reason.
 */
const SHARED_NAMES: Readonly<Record<string, readonly string[]>> = {
	// AWS calls three different settings TTL and readers type the bare abbreviation for each: how long DynamoDB
	// keeps an item, how long CloudFront caches an object, how long resolvers cache a DNS record.
	ttl: ['dynamodb-ttl', 'cloudfront-ttl', 'route53-record-ttl'],
};

/** One id a topic the issue requires; the dictionary may grow but must never lose these. */
const REQUIRED_IDS = [
	// General
	'general-region',
	'general-availability-zone',
	'general-edge-location',
	'general-arn',
	// EC2
	'ec2-instance-type',
	'ec2-ami',
	'ec2-key-pair',
	'ec2-user-data',
	'ec2-instance-metadata',
	'ec2-security-group',
	'ec2-eni',
	'ec2-elastic-ip',
	'ec2-placement-group',
	'ec2-cluster-placement-group',
	'ec2-spread-placement-group',
	'ec2-partition-placement-group',
	'ec2-purchasing-options',
	'ec2-on-demand-instance',
	'ec2-reserved-instance',
	'ec2-savings-plans',
	'ec2-spot-instance',
	'ec2-dedicated-host',
	'ec2-hibernate',
	'ec2-instance-store',
	// EBS
	'ebs-volume',
	'ebs-gp3',
	'ebs-io2',
	'ebs-st1',
	'ebs-sc1',
	'ebs-snapshot',
	'ebs-encryption',
] as const;

describe('dictionary', () => {
	test('holds at least 250 entries', () => {
		expect(dictionary.length).toBeGreaterThanOrEqual(250);
	});

	test('ids are unique kebab-case', () => {
		const ids = dictionary.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	test.each(REQUIRED_IDS)('covers the required topic %s', (id) => {
		expect(dictionary.map((entry) => entry.id)).toContain(id);
	});

	// General holds AWS-wide terms and is held to the same floor: a learner's first notes name Regions, AZs and ARNs.
	test.each(AWS_SERVICES)('has at least 3 entries for %s', (service) => {
		expect(dictionary.filter((entry) => entry.service === service).length).toBeGreaterThanOrEqual(3);
	});

	test('no two entries share a name unless the allow-list says so', () => {
		const owners = new Map<string, Set<string>>();
		for (const entry of dictionary)
			for (const name of namesOf(entry)) {
				const key = fold(name);
				owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
			}
		const shared = Object.fromEntries(
			[...owners].filter(([, ids]) => ids.size > 1).map(([name, ids]) => [name, [...ids].sort()]),
		);
		const allowed = Object.fromEntries(Object.entries(SHARED_NAMES).map(([name, ids]) => [name, [...ids].sort()]));
		expect(shared).toEqual(allowed);
	});

	test('every broader id names another existing entry', () => {
		const ids = new Set(dictionary.map((entry) => entry.id));
		for (const entry of dictionary.filter((e) => e.broader !== undefined)) {
			expect(ids, entry.id).toContain(entry.broader);
			expect(entry.broader, entry.id).not.toBe(entry.id);
		}
	});
});

describe.each(dictionary.map((entry) => [entry.id, entry] as const))('entry %s', (_id, entry) => {
	test('definition is one Korean sentence', () => {
		expect(entry.definition).toMatch(/[가-힣]/);
		expect(entry.definition).toMatch(/\.$/);
		// A period followed by a space starts a second sentence (decimal points like 99.999% have no space).
		expect(entry.definition.slice(0, -1)).not.toMatch(/[.!?]\s/);
	});

	test('definition does not give away any of its own names', () => {
		const definition = fold(entry.definition);
		for (const name of namesOf(entry)) expect(definition, name).not.toContain(fold(name));
	});

	test('names have no stray whitespace and no empty or duplicated variants', () => {
		for (const name of namesOf(entry)) {
			expect(name, name).toBe(name.trim());
			expect(name, name).not.toMatch(/\s{2}/);
			expect(name.length, name).toBeGreaterThan(0);
		}
		// Spacing variants fold to the korean name on purpose (search needs them spelled out), so compare exactly.
		const variants = entry.variants ?? [];
		expect(new Set([entry.korean, ...variants]).size).toBe(variants.length + 1);
	});

	test('korean name contains Hangul or is an AWS name kept in English', () => {
		expect(entry.korean).toMatch(/^[가-힣A-Za-z0-9]/);
	});

	test('abbreviations are upper-case ASCII', () => {
		for (const abbreviation of entry.abbreviations ?? []) expect(abbreviation).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/);
	});
});
