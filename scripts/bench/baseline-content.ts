/**
 * Turns one of this site's MDX pages into the page a plain Starlight site would have: the same text, the
 * project's own components taken out. Used by `npm run bench` to build the baseline it compares against.
 */

/** Components a plain Starlight site has too, so the baseline keeps them. */
const STOCK_COMPONENTS = '@astrojs/starlight/components';

const IMPORT = /^import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?[ \t]*\n?/gm;

/** Names an import statement binds: `A`, `{ B, C as D }` → A, B, D. */
function importedNames(clause: string): string[] {
	return clause
		.replace(/[{}]/g, ',')
		.split(',')
		.map((part) =>
			part
				.trim()
				.split(/\s+as\s+/)
				.pop()!
				.trim(),
		)
		.filter((name) => /^[A-Z]\w*$/.test(name));
}

/** Index just past the `>` that ends the tag opening at `start`, skipping `>` inside quotes and `{…}`. */
function endOfTag(text: string, start: number): number {
	let depth = 0;
	let quote = '';
	for (let index = start; index < text.length; index++) {
		const char = text[index]!;
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'" || char === '`') quote = char;
		else if (char === '{') depth++;
		else if (char === '}') depth--;
		else if (char === '>' && depth === 0) return index + 1;
	}
	return text.length;
}

/**
 * Removes every use of component `name`: a self-closing `<Name … />` goes with its props, a paired one keeps
 * what it wraps (a table inside `<TableScroll>` stays, the scroll box goes).
 */
function removeComponent(text: string, name: string): string {
	let result = '';
	let index = 0;
	const opening = new RegExp(`<${name}(?=[\\s/>])|</${name}\\s*>`, 'g');
	for (let match = opening.exec(text); match; match = opening.exec(text)) {
		result += text.slice(index, match.index);
		index = match[0].startsWith('</') ? match.index + match[0].length : endOfTag(text, match.index);
		opening.lastIndex = index;
	}
	return result + text.slice(index);
}

/** Prefixes root-relative links (`](/eni/)`, `href="/eni/"`) with `base`, which the project does at build time. */
export function withBaseLinks(text: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	if (prefix === '') return text;
	return text
		.replace(/\]\(\/(?!\/)/g, `](${prefix}/`)
		.replace(
			/\b(href|src)=(["'])\/(?!\/)/g,
			(_, attribute: string, quote: string) => `${attribute}=${quote}${prefix}/`,
		);
}

/**
 * The page as plain Starlight would render it: imports of the project's components and their tags removed
 * (wrapped content kept), Starlight's own components kept, root-relative links given the base path.
 */
export function toPlainStarlight(source: string, base: string): string {
	const removed: string[] = [];
	let text = source.replace(IMPORT, (statement, clause: string, from: string) => {
		if (from === STOCK_COMPONENTS) return statement;
		removed.push(...importedNames(clause));
		return '';
	});
	for (const name of removed) text = removeComponent(text, name);
	return withBaseLinks(text, base);
}
