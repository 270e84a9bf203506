import type { Component } from 'svelte';
import { langFromParam } from '$lib/i18n';
import type { PageLoad } from './$types';

// The era introductions are mdsvex chapters: Markdown compiled to components at build time (STYLE Data-7).
// This must be a universal load, because a component cannot be serialised from +page.server.ts.
const chapters = import.meta.glob<{ default: Component }>('/data/chapters/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const lang = langFromParam(params.lang);
	const file = data.chapter && `/data/chapters/${data.chapter.slug}.${lang}.md`;
	const Body = file && chapters[file] ? (await chapters[file]()).default : undefined;
	return { ...data, Body };
};
