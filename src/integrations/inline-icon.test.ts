import { describe, expect, test } from 'vitest';
import { inlineIcon, svgDataUrl, svgIconHrefs } from './inline-icon.ts';

describe('svgDataUrl', () => {
	test.each([
		{
			name: 'quotes, tags and colours',
			svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#f90"/></svg>\n',
			url: "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3Crect%20fill='%23f90'/%3E%3C/svg%3E",
		},
		{
			name: 'runs of white space and a percent sign',
			svg: '<svg>\n\t<text>50%</text></svg>',
			url: 'data:image/svg+xml,%3Csvg%3E%20%3Ctext%3E50%25%3C/text%3E%3C/svg%3E',
		},
	])('escapes $name', ({ svg, url }) => {
		expect(svgDataUrl(svg)).toBe(url);
	});

	test('leaves nothing that could end the attribute or start a fragment', () => {
		expect(svgDataUrl('<svg a="1" b=\'2\'>#x&y?</svg>')).not.toMatch(/["#<>&?\s]/);
	});
});

describe('inlineIcon', () => {
	const data = 'data:image/svg+xml,%3Csvg/%3E';
	test.each([
		{
			name: 'the shortcut icon Starlight writes',
			html: '<link rel="shortcut icon" href="/b/favicon.svg" type="image/svg+xml"/>',
			expected: `<link rel="shortcut icon" href="${data}" type="image/svg+xml"/>`,
		},
		{
			name: 'a plain icon link',
			html: '<link rel="icon" href="/b/favicon.svg">',
			expected: `<link rel="icon" href="${data}">`,
		},
		{
			name: 'nothing else with that href',
			html: '<link rel="preload" href="/b/favicon.svg"><a href="/b/favicon.svg">icon</a>',
			expected: '<link rel="preload" href="/b/favicon.svg"><a href="/b/favicon.svg">icon</a>',
		},
		{
			name: 'another icon',
			html: '<link rel="icon" href="/b/other.svg">',
			expected: '<link rel="icon" href="/b/other.svg">',
		},
	])('points $name at the data URL', ({ html, expected }) => {
		expect(inlineIcon(html, '/b/favicon.svg', data)).toBe(expected);
	});
});

describe('svgIconHrefs', () => {
	test.each([
		{ html: '<link rel="shortcut icon" href="/b/favicon.svg" type="image/svg+xml"/>', hrefs: ['/b/favicon.svg'] },
		{ html: '<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/a.svg">', hrefs: [] },
	])('finds $hrefs', ({ html, hrefs }) => {
		expect(svgIconHrefs(html)).toEqual(hrefs);
	});
});
