/**
 * The sidebar's note groups as data: `src/lib/sidebar.json` holds them so `npm run import` can add a page
 * without editing code, and these pure functions read and extend that data.
 */

/** One sidebar group: a Korean label and the slugs of its pages in reading order. */
export interface NoteSection {
	label: string;
	slugs: string[];
}

/** A page slug as it appears in a URL: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the sidebar data read from `source` and returns it typed.
 * @throws Error naming the source and the entry at fault, so a hand edit that breaks the file stops the build clearly.
 */
export function parseSections(data: unknown, source: string): NoteSection[] {
	if (!Array.isArray(data) || data.length === 0) {
		throw new Error(
			`${source}: expected a non-empty list of sections like [{ "label": "EC2 개념", "slugs": ["eni"] }]`,
		);
	}
	const seen = new Map<string, string>();
	return data.map((entry: unknown, index) => {
		const where = `${source}: section ${index + 1}`;
		if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not an object`);
		const { label, slugs } = entry as Record<string, unknown>;
		if (typeof label !== 'string' || label.trim() === '') throw new Error(`${where} needs a non-empty "label"`);
		if (!Array.isArray(slugs)) throw new Error(`${where} ("${label}") needs a "slugs" list`);
		for (const slug of slugs) {
			if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
				throw new Error(`${where} ("${label}") has an invalid slug ${JSON.stringify(slug)}`);
			}
			const other = seen.get(slug);
			if (other !== undefined) throw new Error(`${where} ("${label}") repeats "${slug}", already in "${other}"`);
			seen.set(slug, label);
		}
		return { label, slugs: [...(slugs as string[])] };
	});
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
