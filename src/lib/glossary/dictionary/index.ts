import { autoScaling } from './auto-scaling.ts';
import { cloudfront } from './cloudfront.ts';
import { cloudwatch } from './cloudwatch.ts';
import { containers } from './containers.ts';
import { dynamodb } from './dynamodb.ts';
import { ebs } from './ebs.ts';
import { ec2 } from './ec2.ts';
import { elb } from './elb.ts';
import { general } from './general.ts';
import { iam } from './iam.ts';
import { kms } from './kms.ts';
import { lambda } from './lambda.ts';
import { messaging } from './messaging.ts';
import { organizations } from './organizations.ts';
import { rds } from './rds.ts';
import { route53 } from './route53.ts';
import { s3 } from './s3.ts';
import type { DictionaryEntry } from './types.ts';
import { vpc } from './vpc.ts';

export { AWS_SERVICES } from './types.ts';
export type { AwsService, DictionaryEntry } from './types.ts';

/**
 * The AWS terminology dictionary, every service group in one stable order (AWS-wide terms first, then the
 * services roughly as a learner meets them). Only terms that occur in the notes reach the search data and the 용어집.
 */
export const dictionary: readonly DictionaryEntry[] = [
	...general,
	...ec2,
	...ebs,
	...vpc,
	...s3,
	...iam,
	...elb,
	...autoScaling,
	...rds,
	...dynamodb,
	...lambda,
	...cloudfront,
	...route53,
	...cloudwatch,
	...messaging,
	...containers,
	...kms,
	...organizations,
];
