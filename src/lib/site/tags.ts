import { tagSlug } from '../../schemas/note-frontmatter.ts';

export interface TaggedPage {
	id: string;
	title: string;
	tags: readonly string[];
}

export interface TagGroup<Page extends TaggedPage> {
	slug: string;
	label: string;
	pages: Page[];
}

/**
 * Groups pages by tag slug (so `EC2` and `ec2` are one tag), sorted by label in Korean order,
 * with each group's pages in the order given.
 */
export function groupByTag<Page extends TaggedPage>(pages: readonly Page[]): TagGroup<Page>[] {
	const groups = new Map<string, TagGroup<Page>>();
	for (const page of pages) {
		for (const tag of page.tags) {
			const slug = tagSlug(tag);
			const group = groups.get(slug) ?? { slug, label: tag.trim(), pages: [] };
			if (!group.pages.includes(page)) group.pages.push(page);
			groups.set(slug, group);
		}
	}
	return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'ko'));
}
