import { json } from '@sveltejs/kit';
import { documentTitle } from '$lib/ui/title';
import { oembed, type EmbedView } from '$lib/embed/oembed';
import { t, type Lang } from '$lib/i18n';
import { content, eventsById, figuresById } from './content';
import { toursBySlug } from './tours';

/** The title of an embeddable view, as its page's <title> says it. */
export function viewTitle(view: EmbedView, lang: Lang): string | undefined {
	const site = content.site.shortTitle[lang];
	if (view === 'timeline') return documentTitle(t(lang, 'timelineTitle'), site);
	if (view === 'map') return documentTitle(t(lang, 'mapTitle'), site);
	const [kind, id] = view.split('/');
	if (kind === 'tours') {
		const tour = toursBySlug.get(id);
		return tour && documentTitle(tour[lang].title, site);
	}
	if (kind === 'figures') {
		const figure = figuresById.get(id);
		return figure && documentTitle(lang === 'zh' ? figure.name.zh : figure.name.en, site);
	}
	const event = eventsById.get(id);
	return event && documentTitle(event.title[lang], site);
}

/** The prebuilt oEmbed answer for a view (REQUIREMENTS E-01), or undefined for an unknown one. */
export function oembedResponse(view: EmbedView, lang: Lang): Response | undefined {
	const title = viewTitle(view, lang);
	if (!title) return undefined;
	const body = oembed({
		view,
		lang,
		title,
		siteUrl: content.site.url,
		siteTitle: content.site.title[lang],
		editors: content.site.editors[lang]
	});
	return json(body, { headers: { 'access-control-allow-origin': '*' } });
}

export const LANGS: Lang[] = ['zh', 'en'];
