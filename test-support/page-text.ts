import type { PageText } from '../src/lib/search/home-lead.ts';

/**
 * A page's text as a Pagefind fragment holds it, for tests: the first section's heading is the page's h1 (`_top`),
 * the others h2 with ids made from their headings; each section's words are its heading, then its text.
 */
export function fakePageText(sections: readonly (readonly [heading: string, text: string])[]): PageText {
	const words: string[] = [];
	const anchors = sections.map(([heading, text], index) => {
		const location = words.length;
		words.push(...(text ? `${heading}. ${text}` : heading).split(' '));
		const top = index === 0;
		return { element: top ? 'h1' : 'h2', id: top ? '_top' : heading.replaceAll(' ', '-'), text: heading, location };
	});
	return { title: sections[0]?.[0] ?? '', content: words.join(' '), anchors };
}
