// /oembed/<lang>/figures/<id>.json and /oembed/<lang>/events/<id>.json, for every figure and event.
import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { LANGS, oembedResponse } from '$lib/server/oembed';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => [
		...content.figures.map(({ id }) => ({ lang, kind: 'figures', id })),
		...content.events.map(({ id }) => ({ lang, kind: 'events', id }))
	]);

export const GET: RequestHandler = ({ params }) => {
	const { lang, kind, id } = params;
	if (!LANGS.includes(lang as Lang) || (kind !== 'figures' && kind !== 'events')) error(404);
	return oembedResponse(`${kind}/${id}`, lang as Lang) ?? error(404);
};
