/**
 * The sidebar's note groups as data: `src/lib/site/sidebar.json` holds them so `npm run import` can add a page
 * without editing code, and these pure functions read and extend that data.
 */

import { z } from 'astro/zod';

/** A page slug as it appears in a URL: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const LIST_MESSAGE = 'expected a non-empty list of sections like [{ "label": "EC2 개념", "slugs": ["eni"] }]';

const noteSection = z.object(
	{
		/** The group's Korean heading in the sidebar. */
		label: z
			.string({ error: 'needs a non-empty "label"' })
			.refine((label) => label.trim() !== '', 'needs a non-empty "label"'),
		/** The group's page slugs in reading order; each slug appears in one group only. */
		slugs: z.array(
			z.string({ error: (issue) => `has an invalid slug ${JSON.stringify(issue.input)}` }).regex(SLUG_PATTERN, {
				error: (issue) => `has an invalid slug ${JSON.stringify(issue.input)}`,
			}),
			{ error: 'needs a "slugs" list' },
		),
	},
	{ error: 'is not an object' },
);

/** One sidebar group: a Korean label and the slugs of its pages in reading order. */
export type NoteSection = z.infer<typeof noteSection>;

/** `src/lib/site/sidebar.json`: the groups in sidebar order. */
const noteSections = z
	.array(noteSection, { error: LIST_MESSAGE })
	.min(1, LIST_MESSAGE)
	.check((context) => {
		const seen = new Map<string, string>();
		context.value.forEach(({ label, slugs }, index) => {
			for (const slug of slugs) {
				const other = seen.get(slug);
				if (other !== undefined) {
					context.issues.push({
						code: 'custom',
						input: slug,
						path: [index],
						message: `repeats "${slug}", already in "${other}"`,
					});
				}
				seen.set(slug, label);
			}
		});
	});

/** Where an issue is, in the file's words: `section 2 ("S3")`, from the raw data so it works for broken entries. */
function where(data: unknown, path: readonly PropertyKey[]): string {
	const index = path[0];
	if (typeof index !== 'number') return '';
	const label: unknown = Array.isArray(data) ? (data[index] as { label?: unknown } | null)?.label : undefined;
	const named = typeof label === 'string' && label.trim() !== '' ? ` (${JSON.stringify(label)})` : '';
	return `section ${index + 1}${named} `;
}

/**
 * Checks the sidebar data read from `source` and returns it typed.
 * @throws Error naming the source, the section and the field at fault, one line per problem, so a hand edit
 *   that breaks the file stops the build clearly.
 */
export function parseSections(data: unknown, source: string): NoteSection[] {
	const result = noteSections.safeParse(data);
	if (result.success) return result.data;
	throw new Error(
		result.error.issues.map((issue) => `${source}: ${where(data, issue.path)}${issue.message}`).join('\n'),
	);
}

/** What `addToSection` did, in words an author can act on. */
export type SectionChange =
	{ kind: 'appended'; label: string } | { kind: 'created'; label: string } | { kind: 'unchanged'; label: string };

/**
 * Adds `slug` at the end of the section called `label` (created at the end of the sidebar when missing),
 * or of the first section when no label is given. A slug already listed anywhere stays where it is, so a
 * forced re-import keeps the author's ordering.
 */
export function addToSection(
	sections: readonly NoteSection[],
	slug: string,
	label?: string,
): { sections: NoteSection[]; change: SectionChange } {
	const copy = sections.map((section) => ({ label: section.label, slugs: [...section.slugs] }));
	const current = copy.find((section) => section.slugs.includes(slug));
	if (current) return { sections: copy, change: { kind: 'unchanged', label: current.label } };
	const wanted = label?.trim();
	const target = wanted ? copy.find((section) => section.label === wanted) : copy[0];
	if (target) {
		target.slugs.push(slug);
		return { sections: copy, change: { kind: 'appended', label: target.label } };
	}
	const created = { label: wanted ?? '노트', slugs: [slug] };
	copy.push(created);
	return { sections: copy, change: { kind: 'created', label: created.label } };
}
