/**
 * Dynamic imports without Vite's preload helper where the helper has nothing to preload.
 *
 * Vite wraps every `import()` of the client build as `__vitePreload(() => import(url), deps)`, and the wrapper
 * lives in a shared chunk of its own (`preload-helper.*.js`, about 0.9 KB gzip). The scripts every page runs
 * before interaction (the search button, the 확인 문제 loader) only use it for imports whose `deps` list is
 * empty: the chunks they load bring no stylesheet of their own (the page finishing merges all CSS into one
 * shared sheet) and share no chunk worth preloading. There the wrapper only costs a request and bytes on
 * every page, so such calls become plain `import(url)`, and a chunk that no longer calls the helper stops
 * importing it. Calls with a non-empty `deps` list (Astro's island loader, for instance) are left alone.
 *
 * Vite has no option for this (`build.modulePreload: false` keeps the wrapper), so it is done on the output.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { walk } from 'estree-walker';
import type { Node } from 'estree-walker';
import type { Plugin } from 'vite';

/** Vite's helper chunk, as the minified import specifier names it. */
const HELPER_CHUNK = /(^|\/)preload-helper\.[\w-]+\.js$/;

interface Edit {
	start: number;
	end: number;
	text: string;
}

/** ESTree nodes as Rolldown's parser returns them: with `start`/`end` string indices (UTF-16) into the parsed code. */
type Ranged<T> = T & { start: number; end: number };

/**
 * Rewrites `helper(() => import(url), [])` to `import(url)` in one output chunk, and drops the import of the
 * helper when no other call of it is left. Returns the code unchanged when the chunk does not import the helper.
 * @param program the chunk's ESTree, parsed from `code` (offsets must refer to `code`).
 */
export function unwrapEmptyPreloads(code: string, program: Node): string {
	// Only a declaration that imports nothing but the helper can go; one that also brings other names stays.
	const helperImports = new Map<string, Ranged<Node>>();
	walk(program, {
		enter(node) {
			if (node.type !== 'ImportDeclaration' || !HELPER_CHUNK.test(String(node.source.value))) return;
			const [only, ...others] = node.specifiers;
			if (only && others.length === 0) helperImports.set(only.local.name, node as Ranged<Node>);
		},
	});
	if (helperImports.size === 0) return code;

	const edits: Edit[] = [];
	const stillCalled = new Set<string>();
	walk(program, {
		enter(node) {
			if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
			const name = node.callee.name;
			if (!helperImports.has(name)) return;
			const [factory, deps, ...rest] = node.arguments;
			// A call that loads a module is the helper's: Vite wraps `() => import(url)`, and Rolldown also wraps
			// `async () => { … await import(url) … }` and `() => import(url).then(…)`. A call of the same short name
			// that loads nothing is a local the minifier named alike (`e`), not the helper.
			if (!loadsModule(factory)) return;
			const plain =
				factory?.type === 'ArrowFunctionExpression' &&
				factory.params.length === 0 &&
				factory.body.type === 'ImportExpression';
			const nothingToPreload = deps?.type === 'ArrayExpression' && deps.elements.length === 0;
			if (!plain || !nothingToPreload || rest.length > 0) {
				stillCalled.add(name);
				return;
			}
			const load = factory.body as Ranged<Node>;
			const call = node as Ranged<Node>;
			edits.push({ start: call.start, end: call.end, text: code.slice(load.start, load.end) });
		},
	});
	if (edits.length === 0) return code;

	for (const [name, declaration] of helperImports)
		if (!stillCalled.has(name)) edits.push({ start: declaration.start, end: declaration.end, text: '' });
	return edits
		.sort((a, b) => b.start - a.start)
		.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
}

/** Whether a call argument is a function with an `import()` anywhere in it. */
function loadsModule(argument: Node | undefined): boolean {
	if (argument?.type !== 'ArrowFunctionExpression' && argument?.type !== 'FunctionExpression') return false;
	let found = false;
	walk(argument, {
		enter(node) {
			if (node.type === 'ImportExpression') found = true;
			if (found) this.skip();
		},
	});
	return found;
}

/**
 * The Vite plugin. It works in `writeBundle`, over the files as written: Vite fills in each import's `deps` in
 * its own last `generateBundle` step, after every plugin of ours has run.
 */
export function directDynamicImports(): Plugin {
	return {
		name: 'aws-ec2-notes:direct-dynamic-imports',
		apply: 'build',
		async writeBundle(options, bundle) {
			if (!options.dir) return;
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !chunk.imports.some((file) => HELPER_CHUNK.test(file))) continue;
				const code = unwrapEmptyPreloads(chunk.code, this.parse(chunk.code) as Node);
				if (code !== chunk.code) await writeFile(join(options.dir, chunk.fileName), code);
			}
		},
	};
}
