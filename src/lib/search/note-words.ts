/**
 * The words of the notes, for the normaliser: a particle is cut only where what remains is a word the notes use
 * (`버킷이란` → `버킷`), a word the notes use is never cut (`게이트웨이` keeps its `이`), and an unspaced compound
 * splits into words the notes use (`버킷정책` → `버킷 정책`). Built from every page at build time.
 */
import { hangulRuns } from './hangul.ts';
import { PARTICLES_AND_ENDINGS } from './normalize.ts';

/**
 * The notes' Hangul words without particles. A written form is taken as a word unless it is another written
 * form plus a particle (`보안그룹을` when `보안그룹` is written too); a stem written only with particles
 * (`인스턴스를`, `인스턴스는`, never bare) is a word when two different particles follow it, or one clear one.
 */
export function noteWords(texts: readonly string[]): string[] {
	const forms = new Set<string>();
	for (const text of texts) for (const run of hangulRuns(text)) forms.add(run);
	const particlesAfter = new Map<string, Set<string>>();
	const splits = (form: string) =>
		PARTICLES_AND_ENDINGS.flatMap((ending) =>
			form.length > ending.length && form.endsWith(ending) ? [{ stem: form.slice(0, -ending.length), ending }] : [],
		);
	for (const form of forms) {
		for (const { stem, ending } of splits(form)) {
			const seen = particlesAfter.get(stem) ?? new Set();
			seen.add(ending);
			particlesAfter.set(stem, seen);
		}
	}
	const isStem = (stem: string) => {
		const endings = particlesAfter.get(stem);
		if (forms.has(stem) || (endings?.size ?? 0) >= 2) return true;
		// One clear particle is enough (`정책을`): an object marker or a two-syllable ending rarely ends a noun itself,
		// unlike `이` or `가` (`게이트웨이`, `평가`).
		return (
			stem.length >= 2 &&
			[...(endings ?? [])].some((ending) => ending.length >= 2 || ending === '을' || ending === '를')
		);
	};
	const words = new Set<string>();
	for (const form of forms) {
		if (!splits(form).some(({ stem }) => stem.length >= 1 && isStem(stem))) words.add(form);
	}
	for (const stem of particlesAfter.keys()) if (stem.length >= 2 && !forms.has(stem) && isStem(stem)) words.add(stem);
	return [...words].sort();
}

/**
 * Splits an unspaced Hangul compound into two or three known words, longest first part first
 * (`버킷정책` → `버킷`, `정책`). Each part has two syllables at least, so a stray syllable never counts as a word.
 */
export function splitCompound(word: string, known: ReadonlySet<string>, parts = 3): string[] | undefined {
	if (known.has(word)) return [word];
	if (parts === 1) return undefined;
	for (let cut = word.length - 2; cut >= 2; cut--) {
		const head = word.slice(0, cut);
		if (!known.has(head)) continue;
		const rest = splitCompound(word.slice(cut), known, parts - 1);
		if (rest) return [head, ...rest];
	}
	return undefined;
}
