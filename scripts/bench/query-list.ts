/** A query as a list holds it: plain text, or an evaluation case with a `query` field. */
type QueryEntry = string | { query: string };

const isCase = (entry: unknown): entry is { query: string } =>
	typeof entry === 'object' && entry !== null && typeof (entry as { query?: unknown }).query === 'string';

const isList = <T>(value: unknown, isEntry: (entry: unknown) => entry is T): value is T[] =>
	Array.isArray(value) && value.length > 0 && value.every(isEntry);

/**
 * The search benchmark's queries from a module's exports: its `queries` export (strings or `{ query }`
 * objects), or else the first exported list of `{ query }` objects, so an evaluation set such as
 * `searchCases` can be passed as it is.
 * @returns the query texts in order; empty when the module has no such list.
 */
export function queryList(exports: Record<string, unknown>): string[] {
	const named = exports['queries'];
	const isEntry = (entry: unknown): entry is QueryEntry => typeof entry === 'string' || isCase(entry);
	const list: QueryEntry[] = isList(named, isEntry)
		? named
		: ((Object.values(exports).find((value) => isList(value, isCase)) as { query: string }[] | undefined) ?? []);
	return list.map((entry) => (typeof entry === 'string' ? entry : entry.query));
}
