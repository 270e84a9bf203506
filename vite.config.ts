import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing is a defect (STYLE Test-5).
		expect: { requireAssertions: true }
	}
});
