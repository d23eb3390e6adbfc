import { createHash } from 'node:crypto';

const ISLAND_TAG = /<astro-island\b[^>]*>/g;
const UID = /\suid="[^"]*"/;

/**
 * Replaces the `uid` of each `<astro-island>` with a hash of the rest of its opening tag: what it loads
 * (content-hashed file names), its export, props and options. Astro hashes the component's absolute source
 * path into `uid`, so the same commit built in two folders would differ; nothing reads `uid` in the browser
 * (Astro's island runtime does not), and equal islands still get equal ids.
 */
export function stableIslandIds(html: string): string {
	return html.replace(ISLAND_TAG, (tag) => {
		if (!UID.test(tag)) return tag;
		const id = createHash('sha256').update(tag.replace(UID, '')).digest('base64url').slice(0, 8);
		return tag.replace(UID, ` uid="${id}"`);
	});
}
