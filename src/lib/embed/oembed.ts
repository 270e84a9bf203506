/**
 * Embeds for teachers (REQUIREMENTS E-01): the iframe snippet and the oEmbed 1.0 "rich" answer for an embeddable
 * view. The oEmbed answers are prebuilt files (/oembed/<lang>/<view>.json): a static host ignores the query string,
 * so there is one file per view, each giving a responsive iframe with a nominal 640 × 480.
 */
import { localizePath, type Lang } from '$lib/i18n';
import { escapeHtml } from '$lib/format/html';

/** The views that have an embed: "timeline", "map", "figures/<id>", "events/<id>", "tours/<slug>". */
export type EmbedView = 'timeline' | 'map' | `figures/${string}` | `events/${string}` | `tours/${string}`;

export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 480;

const absolute = (siteUrl: string, path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

/** /embed/figures/zhao-yiman/, /en/embed/timeline/ … */
export const embedPath = (view: EmbedView, lang: Lang) => localizePath(`/embed/${view}/`, lang);

/** /oembed/zh/figures/zhao-yiman.json, /oembed/en/timeline.json … */
export const oembedPath = (view: EmbedView, lang: Lang) => `/oembed/${lang}/${view}.json`;

/** The iframe a teacher pastes: titled (WCAG 4.1.2), lazy, full width, 480 px high until our script resizes it. */
export function iframeSnippet(src: string, title: string): string {
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" allow="fullscreen" ` +
		`style="width:100%;border:0" height="${EMBED_HEIGHT}" data-exhibition-embed></iframe>`
	);
}

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	author_name: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

export function oembed(options: {
	view: EmbedView;
	lang: Lang;
	title: string;
	siteUrl: string;
	siteTitle: string;
	editors: string;
}): OEmbedRich {
	const { view, lang, title, siteUrl, siteTitle, editors } = options;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: siteTitle,
		provider_url: absolute(siteUrl, localizePath('/', lang)),
		author_name: editors,
		html: iframeSnippet(absolute(siteUrl, embedPath(view, lang)), title),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		cache_age: 86_400
	};
}

export { absolute as absoluteUrl };
