import { describe, expect, test } from 'vitest';
import { AWS_SERVICES, dictionary, type DictionaryEntry } from './index.ts';

/** Case- and space-insensitive form two names are compared in. */
const fold = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a name occurs in a folded text. Hangul names match anywhere (a particle may follow them), but a Latin edge
 * must not touch another Latin letter or digit: 'NS 레코드' is not inside 'DNS 레코드', nor 'Data key' inside the
 * API name GenerateDataKey.
 */
const namePattern = (name: string): RegExp => {
	const folded = fold(name);
	const before = /^[a-z0-9]/.test(folded) ? '(?<![a-z0-9])' : '';
	const after = /[a-z0-9]$/.test(folded) ? '(?![a-z0-9])' : '';
	return new RegExp(before + escapeRegExp(folded) + after);
};

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
	// RDS and DynamoDB both call restoring to any second of a retention window point-in-time recovery.
	pitr: ['rds-point-in-time-recovery', 'dynamodb-pitr'],
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
	// VPC
	'vpc-subnet',
	'vpc-public-subnet',
	'vpc-private-subnet',
	'vpc-route-table',
	'vpc-internet-gateway',
	'vpc-nat-gateway',
	'vpc-network-acl',
	'vpc-peering',
	'vpc-endpoint',
	'vpc-gateway-endpoint',
	'vpc-interface-endpoint',
	'vpc-privatelink',
	'vpc-transit-gateway',
	'vpc-flow-logs',
	'vpc-cidr',
	// S3
	's3-bucket',
	's3-object',
	's3-object-key',
	's3-prefix',
	's3-storage-class',
	's3-standard',
	's3-intelligent-tiering',
	's3-standard-ia',
	's3-one-zone-ia',
	's3-glacier-instant-retrieval',
	's3-glacier-flexible-retrieval',
	's3-glacier-deep-archive',
	's3-versioning',
	's3-lifecycle-rule',
	's3-presigned-url',
	's3-bucket-policy',
	's3-block-public-access',
	's3-replication',
	's3-static-website-hosting',
	's3-multipart-upload',
	// IAM
	'iam-root-user',
	'iam-user',
	'iam-group',
	'iam-role',
	'iam-policy',
	'iam-managed-policy',
	'iam-inline-policy',
	'iam-mfa',
	'iam-least-privilege',
	'iam-access-key',
	'iam-trust-policy',
	'iam-permissions-boundary',
	'iam-sts',
	// ELB
	'elb-load-balancer',
	'elb-alb',
	'elb-nlb',
	'elb-gwlb',
	'elb-clb',
	'elb-target-group',
	'elb-listener',
	'elb-listener-rule',
	'elb-health-check',
	'elb-cross-zone-load-balancing',
	'elb-sticky-sessions',
	// Auto Scaling
	'asg-group',
	'asg-launch-template',
	'asg-desired-capacity',
	'asg-minimum-capacity',
	'asg-maximum-capacity',
	'asg-scaling-policy',
	'asg-target-tracking-policy',
	'asg-step-scaling-policy',
	'asg-scheduled-scaling',
	'asg-cooldown',
	'asg-lifecycle-hook',
	// RDS and Aurora
	'rds-db-instance',
	'rds-multi-az',
	'rds-read-replica',
	'rds-automated-backup',
	'rds-db-snapshot',
	'rds-db-parameter-group',
	'rds-db-subnet-group',
	'aurora-db-cluster',
	'aurora-serverless',
	// DynamoDB
	'dynamodb-table',
	'dynamodb-item',
	'dynamodb-attribute',
	'dynamodb-partition-key',
	'dynamodb-sort-key',
	'dynamodb-gsi',
	'dynamodb-lsi',
	'dynamodb-capacity-mode',
	'dynamodb-on-demand-mode',
	'dynamodb-provisioned-mode',
	'dynamodb-dax',
	'dynamodb-streams',
	'dynamodb-ttl',
	// Lambda
	'lambda-function',
	'lambda-trigger',
	'lambda-layer',
	'lambda-cold-start',
	'lambda-concurrency',
	// CloudFront
	'cloudfront-distribution',
	'cloudfront-origin',
	'cloudfront-cache-behavior',
	'cloudfront-ttl',
	'cloudfront-oac',
	'cloudfront-invalidation',
	// Route 53
	'route53-hosted-zone',
	'route53-record',
	'route53-alias-record',
	'route53-routing-policy',
	'route53-simple-routing',
	'route53-weighted-routing',
	'route53-latency-routing',
	'route53-failover-routing',
	'route53-geolocation-routing',
	'route53-health-check',
	// CloudWatch
	'cloudwatch-metric',
	'cloudwatch-alarm',
	'cloudwatch-logs',
	'cloudwatch-log-group',
	'cloudwatch-dashboard',
	// SQS and SNS
	'sqs-queue',
	'sqs-standard-queue',
	'sqs-fifo-queue',
	'sqs-visibility-timeout',
	'sqs-dlq',
	'sqs-long-polling',
	'sns-topic',
	'sns-subscription',
	'sns-fan-out',
	// ECS and EKS
	'ecs-cluster',
	'ecs-task-definition',
	'ecs-task',
	'ecs-service-scheduler',
	'ecs-fargate',
	'eks-cluster',
	'eks-pod',
	'eks-managed-node-group',
	// KMS
	'kms-key',
	'kms-customer-managed-key',
	'kms-aws-managed-key',
	'kms-envelope-encryption',
	'kms-data-key',
	'kms-key-rotation',
	// Organizations
	'organizations-organization',
	'organizations-management-account',
	'organizations-member-account',
	'organizations-ou',
	'organizations-scp',
	'organizations-consolidated-billing',
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

	test('lists the services as blocks in AWS_SERVICES order', () => {
		const ranks = dictionary.map((entry) => AWS_SERVICES.indexOf(entry.service));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
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
		for (const name of namesOf(entry)) expect(definition, name).not.toMatch(namePattern(name));
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
