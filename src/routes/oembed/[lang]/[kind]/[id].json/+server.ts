// /oembed/<lang>/{figures,events,tours}/<id>.json, for every figure, event and tour.
import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { LANGS, oembedResponse } from '$lib/server/oembed';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => [
		...content.figures.map(({ id }) => ({ lang, kind: 'figures', id })),
		...content.events.map(({ id }) => ({ lang, kind: 'events', id })),
		...content.tours.map(({ slug }) => ({ lang, kind: 'tours', id: slug }))
	]);

export const GET: RequestHandler = ({ params }) => {
	const { lang, kind, id } = params;
	if (!LANGS.includes(lang as Lang) || !['figures', 'events', 'tours'].includes(kind)) error(404);
	return oembedResponse(`${kind as 'figures' | 'events' | 'tours'}/${id}`, lang as Lang) ?? error(404);
};
