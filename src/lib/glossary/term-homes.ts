/**
 * The site's terms and where each is explained, decided from the notes themselves at build time.
 *
 * A term's home is the section that explains it: a heading that names it, else (for a glossary entry) the
 * glossary's pin, else a heading that contains it, a table row whose first cell names it, the section where the
 * note pairs it with its English name, or the section that mentions it most. So a new note with a section about a
 * concept takes the concept over from a page that only mentions it, with no glossary edit.
 *
 * Terms come from the glossary (always), the AWS dictionary (only terms the notes use), the pairs the notes write
 * (`한국어(English)`) and each note's `aliases` front matter. Search (search-vocabulary.json), the 용어집 and study mode
 * (src/lib/study/terms.ts) read this; {@link termHomes} gives the term → section mapping alone.
 */
import { hasHangul } from '../search/hangul.ts';
import { bilingualPairs } from '../search/bilingual-pairs.ts';
import { lookupKey as uncachedLookupKey } from '../search/lexicon.ts';
import { cleanQuery, compactText, isBareParticle, splitWords, stripParticle } from '../search/normalize.ts';
import type { NoteOutline, OutlineSection } from '../search/note-outline.ts';
import type { AwsService, DictionaryEntry } from './dictionary/types.ts';
import type { GlossaryEntry } from './entries.ts';

/** Where a term is explained. */
export interface TermHome {
	/** Docs id of the page (`index` for the home page). */
	page: string;
	/** Heading text of the section; absent for the page top. */
	section?: string;
	/** The section's anchor, `''` for the page top. */
	slug: string;
}

/** A dictionary entry a term stands for: which one, and the AWS service it belongs to. */
export interface DictionarySource {
	id: string;
	service: AwsService;
}

export type HomeReason = 'heading' | 'pin' | 'heading-part' | 'table' | 'pair' | 'mention' | 'note';

export interface SiteTerm {
	term: string;
	english?: string;
	abbreviations: string[];
	/** Every other name: spacing variants, the glossary's aliases, the dictionary's variants, the notes' pairs. */
	aliases: string[];
	definition?: string;
	/** Where the term came from: glossary entries keep their definitions; note terms have none. */
	origin: 'glossary' | 'dictionary' | 'note';
	/** The first dictionary entry that is this term (its own, or one merged into a glossary term by a shared name). */
	dictionary?: DictionarySource;
	home: TermHome;
	homeReason: HomeReason;
	/** The term's names as the notes write them, most written first (see {@link SiteIndex.writtenForms}). */
	written: string[];
}

export interface SiteTermsInput {
	glossary: readonly GlossaryEntry[];
	dictionary: readonly DictionaryEntry[];
	/** Every page that is searched, in reading order (the order breaks ties between equally good homes). */
	outlines: readonly NoteOutline[];
	/** Each page's `aliases` front matter: term → other names, by page id. */
	noteAliases?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

interface Draft {
	term: string;
	english?: string;
	abbreviations: string[];
	aliases: string[];
	definition?: string;
	origin: SiteTerm['origin'];
	dictionary?: DictionarySource;
	pin?: { page: string; section?: string };
	/** The page whose front matter named the term, a last-resort home. */
	notePage?: string;
	/** Names precise enough to find the term inside a longer heading: not the glossary's broad aliases. */
	core: string[];
}

/**
 * Lookup keys of the names and headings of one {@link buildSiteTerms} call, each computed once: every term's
 * names are keyed again at every step, and a thousand pages repeat the same headings and table rows, so most
 * calls ask for a key already made (cleaning them was a fifth of the call). Emptied by each call, so a dev
 * server that rebuilds the terms after every edit keeps only the current ones.
 */
let keys = new Map<string, string>();
function lookupKey(name: string): string {
	let key = keys.get(name);
	if (key === undefined) {
		key = uncachedLookupKey(name);
		keys.set(name, key);
	}
	return key;
}

const namesOf = (draft: Draft) => [draft.term, draft.english ?? '', ...draft.abbreviations, ...draft.aliases];
/** Keys worth matching against headings and text: two characters at least, so `S`, `IP` of nothing stay out. */
const matchKeys = (draft: Draft) =>
	[...new Set(namesOf(draft).map(lookupKey))].filter((key) => key.length >= 2 && (hasHangul(key) || key.length >= 3));

/** {@link headingForms} of one {@link buildSiteTerms} call, like `keys`: headings and row heads repeat across pages. */
let forms = new Map<string, readonly string[]>();

/** The forms a heading names things by: all of it, without its parenthesis, and what the parenthesis holds. */
function headingForms(heading: string): readonly string[] {
	let known = forms.get(heading);
	if (known === undefined) {
		known = uncachedHeadingForms(heading);
		forms.set(heading, known);
	}
	return known;
}

function uncachedHeadingForms(heading: string): string[] {
	const inner = [...heading.matchAll(/\(([^)]*)\)/g)].map((match) => lookupKey(match[1]!));
	const bare = heading.replace(/\([^)]*\)/g, ' ');
	// `S3란?`, `버킷이란` name the term with a particle or question form after it.
	const stripped = splitWords(cleanQuery(bare))
		.map((word) => stripParticle(word))
		.filter((word) => !(hasHangul(word) && isBareParticle(word)))
		.join('');
	return [lookupKey(heading), lookupKey(bare), stripped, ...inner].filter((form) => form !== '');
}

interface Place {
	outline: NoteOutline;
	index: number;
	section: OutlineSection;
	order: number;
	/** The heading's lookup key, computed once: every term is compared with every heading. */
	headingKey: string;
	/** Each table row head's forms (see {@link headingForms}). */
	rowForms: (readonly string[])[];
	/** The section's text without spaces, lowercased. */
	compactText: string;
}

function homeOf(place: Place): TermHome {
	return place.index === 0
		? { page: place.outline.id, slug: '' }
		: { page: place.outline.id, section: place.section.heading, slug: place.section.slug };
}

/** Shallower first (a page title over a subsection), then the shorter heading (closer to only the term), then reading order. */
const byPlace = (a: Place, b: Place) =>
	a.section.depth - b.section.depth || a.section.heading.length - b.section.heading.length || a.order - b.order;

class SiteIndex {
	readonly places: Place[] = [];
	readonly byHeadingForm = new Map<string, Place[]>();
	readonly byOutline = new Map<NoteOutline, Place[]>();
	readonly siteText: string;
	readonly latinText: string;
	/** All text lowercased with runs of spaces as one, for finding names as written. */
	readonly writtenText: string;
	/**
	 * Every heading's lookup key, and every table row's first form, one a line: a key (which has no line break)
	 * is inside one of them exactly when it is inside this text, so a dictionary of hundreds of entries is
	 * checked against a thousand pages without a loop over every place.
	 */
	readonly headingKeys: string;
	readonly rowHeadKeys: string;

	constructor(outlines: readonly NoteOutline[]) {
		for (const outline of outlines) {
			outline.sections.forEach((section, index) => {
				const place = {
					outline,
					index,
					section,
					order: this.places.length,
					headingKey: lookupKey(section.heading),
					rowForms: section.rowHeads.map(headingForms),
					compactText: compactText(section.text),
				};
				this.places.push(place);
				const own = this.byOutline.get(outline) ?? [];
				own.push(place);
				this.byOutline.set(outline, own);
				for (const form of new Set(headingForms(section.heading))) {
					const list = this.byHeadingForm.get(form) ?? [];
					list.push(place);
					this.byHeadingForm.set(form, list);
				}
			});
		}
		// Each distinct line once: pages that repeat each other's sentences cost nothing more to search.
		const lines = new Set(this.places.flatMap(({ section }) => [section.heading, ...section.text.split('\n')]));
		const all = [...lines].join('\n');
		this.siteText = all.toLowerCase().replace(/[ \t]+/g, '');
		this.latinText = ` ${all.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
		this.writtenText = ` ${all.toLowerCase().replace(/\s+/g, ' ')} `;
		this.headingKeys = [...new Set(this.places.map((place) => place.headingKey))].join('\n');
		this.rowHeadKeys = [...new Set(this.places.flatMap((place) => place.rowForms.map((forms) => forms[0]!)))].join(
			'\n',
		);
	}

	/**
	 * The names as the notes write them (spacing as written, lowercased), most written first: what to send the
	 * index, which matches words as written. A Latin name counts only as whole words (`alb`, not inside `album`).
	 */
	writtenForms(names: readonly string[]): string[] {
		const counts = new Map<string, number>();
		for (const name of names) {
			const spaced = name.toLowerCase().replace(/\s+/g, ' ').trim();
			const forms = hasHangul(spaced) ? [spaced, spaced.replaceAll(' ', '')] : [spaced];
			for (const form of forms) {
				if (form.length < 2 || counts.has(form)) continue;
				const count = hasHangul(form)
					? this.writtenText.split(form).length - 1
					: this.latinText.split(` ${form.replace(/[^a-z0-9]+/g, ' ').trim()} `).length - 1;
				if (count > 0) counts.set(form, count);
			}
		}
		return [...counts].sort((a, b) => b[1] - a[1]).map(([form]) => form);
	}

	placesOf(outline: NoteOutline): Place[] {
		return this.byOutline.get(outline) ?? [];
	}

	exactHeadings(keys: readonly string[]): Place[] {
		return [...new Set(keys.flatMap((key) => this.byHeadingForm.get(key) ?? []))].sort(byPlace);
	}

	find(pin: Draft['pin']): Place | undefined {
		if (!pin) return undefined;
		const onPage = this.places.filter((place) => place.outline.id === pin.page);
		if (onPage.length === 0) return undefined;
		return (pin.section && onPage.find((place) => place.section.heading === pin.section)) || onPage[0];
	}

	/** True when the notes write a name: Korean anywhere (spacing ignored), Latin as whole words. */
	mentions(name: string): boolean {
		if (hasHangul(name)) return this.siteText.includes(compactText(name));
		const words = name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
		return words.length >= 2 && this.latinText.includes(` ${words} `);
	}
}

function homeFor(
	draft: Draft,
	site: SiteIndex,
	pairPlaces: ReadonlyMap<string, Place>,
): [Place, HomeReason] | undefined {
	const keys = matchKeys(draft);
	const exact = site.exactHeadings(keys);
	const pinned = site.find(draft.pin);
	if (exact.length > 0) {
		const pinIsExact = pinned && exact.includes(pinned);
		return [pinIsExact ? pinned : exact[0]!, 'heading'];
	}
	if (pinned) return [pinned, 'pin'];
	// Only the term's precise names, not glossary aliases: a broad alias (`스토리지` of EBS) inside a heading
	// (`스토리지 클래스`) does not make that section the term's home.
	const hangulKeys = draft.core.map(lookupKey).filter((key) => (hasHangul(key) && key.length >= 2) || key.length >= 4);
	const partial = site.places.filter((place) => hangulKeys.some((key) => place.headingKey.includes(key)));
	if (partial.length > 0) return [partial.sort(byPlace)[0]!, 'heading-part'];
	const row = site.places.find((place) => place.rowForms.some((forms) => keys.some((key) => forms.includes(key))));
	if (row) return [row, 'table'];
	const paired = keys.map((key) => pairPlaces.get(key)).find((place) => place !== undefined);
	if (paired) return [paired, 'pair'];
	let best: { place: Place; count: number } | undefined;
	for (const place of site.places) {
		const text = place.compactText;
		const count = keys.reduce((sum, key) => sum + text.split(key).length - 1, 0);
		if (count > 0 && (!best || count > best.count)) best = { place, count };
	}
	if (best) return [best.place, 'mention'];
	const notePlace = site.find(draft.notePage ? { page: draft.notePage } : undefined);
	return notePlace ? [notePlace, 'note'] : undefined;
}

/** Adds names to a draft, skipping ones it already has (compared as lookup keys). */
function addNames(draft: Draft, names: readonly string[], abbreviations: readonly string[] = []) {
	const known = new Set(namesOf(draft).map(lookupKey));
	for (const abbreviation of abbreviations) {
		if (!known.has(lookupKey(abbreviation))) draft.abbreviations.push(abbreviation);
		known.add(lookupKey(abbreviation));
	}
	for (const name of names) {
		const key = lookupKey(name);
		if (key === '' || known.has(key)) continue;
		// A pair read too short (`저장 방화벽` of `상태 저장 방화벽(Stateful firewall)`) is a tail of a name it has.
		if (hasHangul(key) && [...known].some((other) => other.length > key.length && other.endsWith(key))) continue;
		if (!draft.english && !hasHangul(name)) draft.english = name;
		else draft.aliases.push(name);
		known.add(key);
	}
}

/**
 * Every term of the site with its home. Glossary entries come first and keep their order; a dictionary entry
 * or a pair that shares a name with a known term adds its names to it instead of becoming a second term.
 */
export function buildSiteTerms(input: SiteTermsInput): SiteTerm[] {
	keys = new Map();
	forms = new Map();
	const site = new SiteIndex(input.outlines);
	const drafts: Draft[] = [];
	const byKey = new Map<string, Draft>();
	const register = (draft: Draft) => {
		for (const name of namesOf(draft)) {
			const key = lookupKey(name);
			if (key !== '' && !byKey.has(key)) byKey.set(key, draft);
		}
	};
	const known = (names: readonly string[]) =>
		names.map((name) => byKey.get(lookupKey(name))).find((draft) => draft !== undefined);
	const add = (draft: Draft) => {
		drafts.push(draft);
		register(draft);
	};
	/** Adds the names to the known term sharing one of `lookUp`, and says whether there was one. */
	const mergeInto = (
		lookUp: readonly string[],
		names: readonly string[],
		abbreviations: readonly string[] = [],
		dictionary?: DictionarySource,
	) => {
		const same = known(lookUp);
		if (!same) return false;
		addNames(same, names, abbreviations);
		if (dictionary) same.dictionary ??= dictionary;
		register(same);
		return true;
	};

	for (const entry of input.glossary) {
		add({
			term: entry.term,
			english: entry.english,
			abbreviations: [...(entry.abbreviations ?? [])],
			aliases: [...(entry.aliases ?? [])],
			definition: entry.definition,
			origin: 'glossary',
			core: [entry.term, entry.english],
			pin: { page: entry.page, ...(entry.section ? { section: entry.section } : {}) },
		});
	}

	for (const entry of input.dictionary) {
		const names = [entry.korean, ...(entry.variants ?? []), entry.english];
		const source = { id: entry.id, service: entry.service };
		if (mergeInto(names, names, entry.abbreviations ?? [], source) || !usedByNotes(entry, site)) continue;
		add({
			term: entry.korean,
			english: entry.english,
			abbreviations: [...(entry.abbreviations ?? [])],
			aliases: [...(entry.variants ?? [])],
			definition: entry.definition,
			origin: 'dictionary',
			dictionary: source,
			core: names,
		});
	}

	/** `콘텐츠 전송 네트워크(CDN)` read as `네트워크(CDN)`: the longest known name the words before end with, else the guess. */
	const longestKnownTail = (before: string, guess: string) => {
		const tokens = before.split(' ');
		for (let start = 0; start < tokens.length; start++) {
			const tail = tokens.slice(start).join(' ');
			if (tail.length > guess.length && byKey.has(lookupKey(tail))) return tail;
		}
		return guess;
	};

	const pairPlaces = new Map<string, Place>();
	for (const outline of input.outlines) {
		for (const pair of bilingualPairs(outline)) {
			const place = site.placesOf(outline)[pair.sectionIndex];
			const korean = pair.before ? longestKnownTail(pair.before, pair.korean!) : pair.korean;
			const names = korean ? [korean, pair.english] : [pair.english];
			for (const name of names) if (place && !pairPlaces.has(lookupKey(name))) pairPlaces.set(lookupKey(name), place);
			if (!mergeInto(names, names)) {
				add({
					term: korean ?? pair.english,
					...(korean ? { english: pair.english } : {}),
					abbreviations: [],
					aliases: [],
					origin: 'note',
					core: names,
				});
			}
		}
	}

	for (const [page, aliases] of Object.entries(input.noteAliases ?? {})) {
		for (const [term, names] of Object.entries(aliases)) {
			if (!mergeInto([term], names))
				add({ term, abbreviations: [], aliases: [...names], origin: 'note', notePage: page, core: [term] });
		}
	}

	return drafts.flatMap((draft) => {
		const found = homeFor(draft, site, pairPlaces);
		if (!found) return [];
		const { pin: _pin, notePage: _notePage, core: _core, ...term } = draft;
		return [{ ...term, home: homeOf(found[0]), homeReason: found[1], written: site.writtenForms(namesOf(draft)) }];
	});
}

/**
 * Whether the notes use a dictionary term: its English name or an abbreviation as a word, a Korean name of three
 * syllables or more anywhere, or a two-syllable Korean name (`버킷`, `역할`) in a heading or a table's first column,
 * where it is the subject rather than an ordinary word of a sentence.
 */
function usedByNotes(entry: DictionaryEntry, site: SiteIndex): boolean {
	const names = [entry.korean, ...(entry.variants ?? []), entry.english, ...(entry.abbreviations ?? [])];
	const latinNames = names.filter((name) => !hasHangul(name));
	if (latinNames.some((name) => site.mentions(name))) return true;
	const koreanNames = names.filter((name) => hasHangul(name));
	if (koreanNames.some((name) => compactText(name).length >= 3 && site.mentions(name))) return true;
	const keys = koreanNames.map(lookupKey).filter((key) => key.length >= 2);
	return keys.some((key) => site.headingKeys.includes(key) || site.rowHeadKeys.includes(key));
}

/** The term → home mapping alone, by every name of the term (lookup keys: cleaned, no spaces). */
export function termHomes(terms: readonly SiteTerm[]): Map<string, TermHome> {
	const homes = new Map<string, TermHome>();
	for (const term of terms) {
		for (const name of [term.term, term.english ?? '', ...term.abbreviations, ...term.aliases]) {
			const key = lookupKey(name);
			if (key !== '' && !homes.has(key)) homes.set(key, term.home);
		}
	}
	return homes;
}
