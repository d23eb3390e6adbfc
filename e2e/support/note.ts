import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The source text of the site, kept beside the repository in ../shared (never copied into it). */
export const NOTE_PATH = resolve(process.env.NOTE_PATH ?? '../shared/notes/aws-ec2.md');

export function readNote(): string {
	if (!existsSync(NOTE_PATH)) {
		throw new Error(
			`The EC2 note is missing at ${NOTE_PATH}: check out ../shared beside the repository or set NOTE_PATH.`,
		);
	}
	return readFileSync(NOTE_PATH, 'utf8');
}
