import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { noteFrontmatter } from './schemas/note-frontmatter.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: noteFrontmatter }) }),
	// Korean UI strings that differ from Starlight's built-in Korean translation.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
