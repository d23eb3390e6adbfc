import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from './support/fixtures.ts';

const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

test('every page is valid HTML by html-validate (rules and the reasons for any changes: .htmlvalidate.mjs)', async ({
	site,
}) => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	// The config is looked up from this (virtual) file's folder upwards, which finds the repository's.
	const filename = resolve('served-page.html');
	const problems: string[] = [];
	for (const { url, html } of site) {
		// Astro writes its island loader's one-line <style> where the first island stands, inside <main>.
		// That is Astro's output, not ours; exactly that element is taken out, any other misplaced <style> fails.
		const report = await validator.validateString(html.replace(ASTRO_ISLAND_STYLE, ''), filename);
		for (const { messages } of report.results)
			for (const { line, column, ruleId, message, selector } of messages)
				problems.push(`${url}:${line}:${column} ${ruleId}: ${message} (${selector ?? 'document'})`);
	}
	expect(problems).toEqual([]);
});
