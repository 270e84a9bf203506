import { error, json } from '@sveltejs/kit';
import { searchFile } from '$lib/server/search-index';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

/** The site search's index, one file per language (/data/search/zh.json, /en.json), loaded by /search/ only. */
export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'en' }];

export const GET: RequestHandler = ({ params }) => {
	if (params.lang !== 'zh' && params.lang !== 'en') error(404, `No search index in "${params.lang}"`);
	return json(searchFile(content, params.lang));
};
