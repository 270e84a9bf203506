import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment: "en" for English; absent for Chinese, the base language. */
export const match: ParamMatcher = (param) => param === 'en';
