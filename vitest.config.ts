/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so modules that import `astro/zod` or `astro:content` types resolve as in the build.
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'test-support/**/*.test.ts'],
	},
});
