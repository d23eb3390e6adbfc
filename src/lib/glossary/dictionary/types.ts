/** The services the dictionary groups its terms by; `General` holds AWS-wide terms (Region, ARN, …). */
export const AWS_SERVICES = [
	'General',
	'EC2',
	'EBS',
	'VPC',
	'S3',
	'IAM',
	'ELB',
	'Auto Scaling',
	'RDS',
	'Aurora',
	'DynamoDB',
	'Lambda',
	'CloudFront',
	'Route 53',
	'CloudWatch',
	'SQS',
	'SNS',
	'ECS',
	'EKS',
	'KMS',
	'Organizations',
] as const;

export type AwsService = (typeof AWS_SERVICES)[number];

/** One AWS term as a Korean learner's notes write it and as readers type it. */
export interface DictionaryEntry {
	/** Stable kebab-case id, unique, never reused: 's3-bucket', 'vpc-subnet'. */
	id: string;
	/** The Korean name as AWS's Korean documentation writes it (e.g. '보안 그룹', '버킷', '가용 영역'). */
	korean: string;
	/** Spacing variants and other Korean spellings readers type ('보안그룹', '시큐리티 그룹'). */
	variants?: readonly string[];
	/** AWS's English name ('Security group'). */
	english: string;
	/** Common abbreviations ('SG', 'ALB', 'AZ'); omit when none is in common use. */
	abbreviations?: readonly string[];
	/** The service the term belongs to. */
	service: AwsService;
	/** One Korean sentence defining it, true per AWS documentation; never contains the term's own names. */
	definition: string;
	/**
	 * Id of the entry this term is a kind of ('ebs-gp3' → 'ebs-volume-type', 'elb-alb' → 'elb-load-balancer').
	 * Lets a search or the 용어집 relate a specific term to its general concept without guessing from names.
	 */
	broader?: string;
}
