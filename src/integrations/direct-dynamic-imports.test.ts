import type { Node } from 'estree-walker';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { unwrapEmptyPreloads } from './direct-dynamic-imports.ts';

const parse = (code: string) => parseSync('chunk.js', code);
const unwrap = (code: string) => unwrapEmptyPreloads(code, parse(code).program as unknown as Node);
const HELPER = 'import{t as e}from"./preload-helper.Ab12.js";';

describe('unwrapEmptyPreloads', () => {
	it.each([
		{
			case: 'a load with nothing to preload becomes a plain import, and the helper import goes',
			code: `${HELPER}var n=()=>e(()=>import(\`./quiz.X1.js\`),[]);n();`,
			expected: 'var n=()=>import(`./quiz.X1.js`);n();',
		},
		{
			case: 'every empty load of the chunk is unwrapped',
			code: `${HELPER}var a=()=>e(()=>import("./a.js"),[]),b=()=>e(()=>import("./b.js"),[]);`,
			expected: 'var a=()=>import("./a.js"),b=()=>import("./b.js");',
		},
		{
			case: 'a load with dependencies keeps the helper, and so does its import',
			code: `${HELPER}var a=()=>e(()=>import("./a.js"),[]),b=()=>e(()=>import("./b.js"),__vite__mapDeps([0]));`,
			expected: `${HELPER}var a=()=>import("./a.js"),b=()=>e(()=>import("./b.js"),__vite__mapDeps([0]));`,
		},
		{
			case: 'a load with an importer URL argument is left alone',
			code: `${HELPER}var a=()=>e(()=>import("./a.js"),[],import.meta.url);`,
			expected: `${HELPER}var a=()=>e(()=>import("./a.js"),[],import.meta.url);`,
		},
		{
			case: 'a local that the minifier also named e is not taken for the helper',
			code: `${HELPER}function t(e){return e(1)}var a=()=>e(()=>import("./a.js"),[]);`,
			expected: 'function t(e){return e(1)}var a=()=>import("./a.js");',
		},
		{
			case: 'an async load (Rolldown’s destructuring form) keeps the helper and its import',
			code: `${HELPER}var a=()=>e(()=>import("./a.js"),[]),b=()=>e(async()=>{let x;return{x}=await import("./b.js"),{x}},[]);`,
			expected: `${HELPER}var a=()=>import("./a.js"),b=()=>e(async()=>{let x;return{x}=await import("./b.js"),{x}},[]);`,
		},
		{
			case: 'a load with .then keeps the helper and its import',
			code: `${HELPER}var a=()=>e(()=>import("./a.js"),[]),b=()=>e(()=>import("./b.js").then(m=>m.x),__vite__mapDeps([0]));`,
			expected: `${HELPER}var a=()=>import("./a.js"),b=()=>e(()=>import("./b.js").then(m=>m.x),__vite__mapDeps([0]));`,
		},
		{
			case: 'an import that also brings other names from the helper chunk stays',
			code: 'import{t as e,n as r}from"./preload-helper.Ab12.js";var a=()=>e(()=>import("./a.js"),[]);r();',
			expected: 'import{t as e,n as r}from"./preload-helper.Ab12.js";var a=()=>e(()=>import("./a.js"),[]);r();',
		},
		{
			case: 'a chunk without the helper is returned as it is',
			code: 'import{t as e}from"./other.js";var a=()=>e(()=>import("./a.js"),[]);',
			expected: 'import{t as e}from"./other.js";var a=()=>e(()=>import("./a.js"),[]);',
		},
		{
			case: 'a chunk that imports the helper but never calls it keeps the import',
			code: `${HELPER}console.log(1);`,
			expected: `${HELPER}console.log(1);`,
		},
	])('$case', ({ code, expected }) => {
		expect(unwrap(code)).toBe(expected);
	});

	it('the rewritten chunk is still valid JavaScript', () => {
		const code = unwrap(`${HELPER}var n=()=>e(()=>import(\`./quiz.X1.js\`),[]);addEventListener('focus',n);`);
		expect(parse(code).errors).toEqual([]);
	});
});
