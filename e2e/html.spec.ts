import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from '../test-support/fixtures.ts';

/** Every message of `validator` on every page, as `url:line:column rule: message (selector)`. */
async function problemsOf(validator: HtmlValidate, site: readonly { url: string; html: string }[]) {
	// The config is looked up from this (virtual) file's folder upwards, which finds the repository's.
	const filename = resolve('served-page.html');
	const problems: string[] = [];
	for (const { url, html } of site) {
		const report = await validator.validateString(html, filename);
		for (const { messages } of report.results)
			for (const { line, column, ruleId, message, selector } of messages)
				problems.push(`${url}:${line}:${column} ${ruleId}: ${message} (${selector ?? 'document'})`);
	}
	return problems;
}

test('every page is valid HTML by html-validate (rules and the reasons for any changes: .htmlvalidate.mjs)', async ({
	site,
}) => {
	expect(await problemsOf(new HtmlValidate(new FileSystemConfigLoader()), site)).toEqual([]);
});

test('every page is valid HTML by the plain html-validate:standard preset, nothing taken out or changed', async ({
	site,
}) => {
	const plain = new HtmlValidate(new StaticConfigLoader({ root: true, extends: ['html-validate:standard'] }));
	expect(await problemsOf(plain, site)).toEqual([]);
});
