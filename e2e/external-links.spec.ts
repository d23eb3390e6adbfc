/** Links that leave the site: marked as such everywhere, for eyes and for screen readers. */
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { crawlSite } from '../test-support/crawl.ts';
import { ORIGIN } from '../test-support/site.ts';

test('every link that leaves the site is marked external and opens safely', async ({ request }) => {
	const pages = await crawlSite(request);
	let external = 0;
	for (const { url, html } of pages) {
		for (const link of selectAll('main a[href]', fromHtml(html))) {
			const href = new URL(String(link.properties['href']), url);
			if (!/^https?:$/.test(href.protocol) || href.origin === ORIGIN) continue;
			external += 1;
			const rel = (link.properties['rel'] as string[] | undefined) ?? [];
			expect(rel, `${url} → ${href}`).toContain('external');
			if (link.properties['target'] === '_blank')
				expect(rel, `${url} → ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
			expect(selectAll('svg[aria-hidden="true"]', link), `${url} → ${href} icon`).toHaveLength(1);
		}
	}
	// The AWS documentation lines at the end of the note pages.
	expect(external).toBeGreaterThanOrEqual(8);
});

test('an AWS documentation link says it leaves the site, to eyes and to screen readers', async ({ page }) => {
	await page.goto('placement-groups/');
	const link = page.getByRole('link', { name: '배치 그룹(Placement groups) (외부 링크)' });
	await expect(link).toHaveAttribute(
		'href',
		'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html',
	);
	await expect(link).not.toHaveAttribute('target', /./);
	const icon = link.locator('svg');
	await expect(icon).toBeVisible();
	const box = (await icon.boundingBox())!;
	expect(box.width).toBeGreaterThan(4);
	// The spoken label takes no room on screen.
	await expect(link.getByText('(외부 링크)')).toHaveCSS('position', 'absolute');
});
