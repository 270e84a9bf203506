// /oembed/<lang>/timeline.json and /oembed/<lang>/map.json.
import { error } from '@sveltejs/kit';
import { LANGS, oembedResponse } from '$lib/server/oembed';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => ['timeline', 'map'].map((view) => ({ lang, view })));

export const GET: RequestHandler = ({ params }) => {
	if (!LANGS.includes(params.lang as Lang) || (params.view !== 'timeline' && params.view !== 'map')) error(404);
	return oembedResponse(params.view, params.lang as Lang) ?? error(404);
};
