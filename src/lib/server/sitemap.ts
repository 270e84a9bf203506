import { localizePath } from '$lib/i18n';

export interface SitemapPage {
	/** The Chinese path; the English one is derived ("/en/…"). */
	path: string;
	modified: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A sitemap with one <url> per page and language, each naming both languages as alternates (hreflang). */
export function sitemapXml(siteUrl: string, pages: SitemapPage[]): string {
	const absolute = (path: string) => escapeXml(new URL(path.replace(/^\//, ''), siteUrl).href);
	const entries = pages.flatMap(({ path, modified }) => {
		const zh = absolute(localizePath(path, 'zh'));
		const en = absolute(localizePath(path, 'en'));
		const alternates = [
			`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${zh}"/>`,
			`<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`,
			`<xhtml:link rel="alternate" hreflang="x-default" href="${zh}"/>`
		].join('');
		return [zh, en].map((loc) => `<url><loc>${loc}</loc><lastmod>${modified}</lastmod>${alternates}</url>`);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}
