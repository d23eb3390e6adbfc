/**
 * html-validate settings for `e2e/html.spec.ts`, which validates every built page as served.
 * The presets stay whole; each rule changed below says why. Most exceptions are markup that Astro or
 * Starlight writes and this project does not own, each narrowed to the one shape Starlight emits.
 */
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Astro's compiler writes void elements as `<meta />` in <head> and `<br>` in <body>; HTML allows both,
		// and the build, not this project, picks the spelling.
		'void-style': 'off',

		// HTML allows any id without whitespace. Starlight's heading anchor `#_top` is valid HTML but fails the
		// rule's stricter default (ids must start with a letter), which exists for old HTML 4 tooling.
		'valid-id': ['error', { relaxed: true }],

		// A button's missing `type` only matters inside a <form>, where it would submit. The site has no forms;
		// Starlight's menu, search and theme buttons leave `type` out.
		'no-implicit-button-type': 'off',

		// Starlight's search <dialog style="padding:0">. Only `display` (the default) and `padding` are
		// allowed inline, so any other inline style, including colours, still fails.
		'no-inline-style': ['error', { allowedProperties: ['display', 'padding'] }],

		// Starlight's <Steps> writes <ol role="list">: Safari drops list semantics from lists styled with
		// `list-style: none`, and the explicit role brings them back. Only the `list` role is exempt.
		'no-redundant-role': ['error', { exclude: ['list'] }],
		'prefer-native-element': ['error', { exclude: ['list'] }],

		// Starlight renders the table of contents twice (one <nav> for narrow and one for wide screens, only
		// one displayed at a time) and leaves the right-sidebar <aside> unnamed. Whether landmarks a reader can
		// actually reach are unique is checked on the rendered page by axe's `landmark-unique` rule
		// (e2e/accessibility.spec.ts), which, unlike a static validator, knows what CSS hides.
		'unique-landmark': 'off',

		// ARIA lets any element with a namable role, such as a list, carry `aria-label`: the note's tag list
		// is announced as "태그, 목록". The rule's default is stricter than ARIA.
		// Subresource Integrity protects against a third party changing a file; every script and stylesheet
		// here comes from the site itself (the privacy test fails any other host), so only cross-origin ones
		// would need `integrity`.
		'require-sri': ['error', { target: 'crossorigin' }],

		// Starlight's table of contents (an <h2> in the right sidebar) comes before the page's <h1> in source
		// order, so the first heading may be an <h2>. Levels still may never be skipped, and axe's
		// `page-has-heading-one` (e2e/accessibility.spec.ts) still requires the <h1>.
		'heading-level': ['error', { minInitialRank: 'h2' }],

		'aria-label-misuse': ['error', { allowAnyNamable: true }],
	},
};
