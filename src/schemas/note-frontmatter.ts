import { z } from 'astro/zod';
import { parseNoteDate } from '../lib/site/dates.ts';

/** A tag as it appears in URLs: lowercase, spaces to hyphens. */
export function tagSlug(tag: string): string {
	return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

const tagList = z
	.union([z.string(), z.array(z.string())], {
		error: 'tags must be a comma-separated string ("ec2, aws") or a list of strings',
	})
	.transform((value) =>
		(Array.isArray(value) ? value : value.split(',')).map((tag) => tag.trim()).filter((tag) => tag !== ''),
	);

const publicationDate = z
	.union([z.string(), z.date()], {
		error: 'datePublished must be a date: ISO 8601 (2025-06-25) or Hashnode form (Wed Jun 25 2025 11:36:50 GMT+0000)',
	})
	.transform((value, context) => {
		if (value instanceof Date) return value;
		const date = parseNoteDate(value);
		if (!date) {
			context.issues.push({
				code: 'custom',
				input: value,
				message: `datePublished "${value}" is not a date: use ISO 8601 (2025-06-25) or Hashnode form (Wed Jun 25 2025 11:36:50 GMT+0000)`,
			});
			return z.NEVER;
		}
		return date;
	});

/**
 * Front matter fields of a Hashnode markdown export, merged into Starlight's `docsSchema`.
 * Every field is optional so hand-written pages need none of them.
 */
export const noteFrontmatter = z.object({
	/** Title for `<title>` and `og:title` when it should differ from the page heading. Default: `title`. */
	seoTitle: z.string().min(1).optional(),
	/** Text for meta description and `og:description`. Default: `description`. */
	seoDescription: z.string().min(1).optional(),
	/** When the note was first published; shown in Korean and as `article:published_time`. */
	datePublished: publicationDate.optional(),
	/** Hashnode's post id, kept so a re-import can find the page it came from. */
	cuid: z.string().optional(),
	/** Tags shown on the page and collected into `/tags/<tag>/`. Default: none. */
	tags: tagList.default([]),
	/**
	 * The author's own names for terms of this note, which search treats as the term:
	 * `aliases: { 커스텀 AMI: [custom ami, 사용자 AMI] }`. Default: none.
	 */
	aliases: z
		.record(
			z.string().trim().min(1, { error: 'aliases: a term must not be empty' }),
			z.array(z.string().trim().min(1, { error: 'aliases: a name must not be empty' }), {
				error: 'aliases: each term needs a list of names, e.g. { 커스텀 AMI: [custom ami, 사용자 AMI] }',
			}),
			{ error: 'aliases must map each term to a list of names, e.g. { 커스텀 AMI: [custom ami, 사용자 AMI] }' },
		)
		.optional(),
});

export type NoteFrontmatter = z.infer<typeof noteFrontmatter>;
