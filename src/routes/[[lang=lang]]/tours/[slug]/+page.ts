import type { Component } from 'svelte';
import { langFromParam } from '$lib/i18n';
import type { PageLoad } from './$types';

// A tour's introduction is its Markdown body, compiled by mdsvex (as the era chapters are).
const bodies = import.meta.glob<{ default: Component }>('/data/tours/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const lang = langFromParam(params.lang);
	const file = Object.keys(bodies).find(
		(path) =>
			path
				.match(/\/\d{2}-([a-z0-9-]+)\.(zh|en)\.md$/)
				?.slice(1)
				.join('.') === `${data.tour.slug}.${lang}`
	);
	const Body = file ? (await bodies[file]()).default : undefined;
	return { ...data, Body };
};
