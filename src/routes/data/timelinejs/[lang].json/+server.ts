import { error, json } from '@sveltejs/kit';
import { timelineJs } from '$lib/content/export';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

/** The events for Knight Lab's TimelineJS, one file per language: /data/timelinejs/zh.json and /en.json. */
export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'en' }];

export const GET: RequestHandler = ({ params }) => {
	if (params.lang !== 'zh' && params.lang !== 'en') error(404, `No TimelineJS file in "${params.lang}"`);
	return json(timelineJs(content, params.lang, content.site.url));
};
