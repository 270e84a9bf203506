/**
 * /sitemap.xml (REQUIREMENTS C-06): every page of the exhibition in Chinese and English, with the date its content
 * last changed and reciprocal hreflang links between the two languages. Kiosk, embed and benchmark pages are left
 * out (embeds repeat their page's content).
 */
import { content, modifiedOf, modifiedOfAll } from '$lib/server/content';
import { sitemapXml, type SitemapPage } from '$lib/server/sitemap';
import { bibliographyByPart } from '$lib/sources/bibliography';

export const prerender = true;

export function GET() {
	const everything = modifiedOfAll();
	const pages: SitemapPage[] = [
		{ path: '/', modified: everything },
		{ path: '/timeline/', modified: modifiedOfAll('event:') },
		{ path: '/map/', modified: [modifiedOfAll('event:'), modifiedOfAll('place:')].sort().at(-1)! },
		{ path: '/figures/', modified: modifiedOfAll('figure:') },
		{ path: '/figures/compare/', modified: modifiedOfAll('figure:') },
		{ path: '/tours/', modified: modifiedOfAll('tour:') },
		{ path: '/lessons/', modified: everything },
		{ path: '/quiz/', modified: modifiedOfAll('event:') },
		...(content.glossary.length ? [{ path: '/glossary/', modified: modifiedOfAll('glossary:') }] : []),
		...content.tours.map((tour) => ({ path: `/tours/${tour.slug}/`, modified: modifiedOf(`tour:${tour.slug}`) })),
		{ path: '/about/', modified: modifiedOf('site') },
		{ path: '/about/sources/', modified: everything },
		...bibliographyByPart(content, 'zh').map(({ id }) => ({ path: `/about/sources/${id}/`, modified: everything })),
		...content.eras.map((era) => ({ path: `/eras/${era.id}/`, modified: modifiedOf(`era:${era.id}`) })),
		...content.figures.map((f) => ({ path: `/figures/${f.id}/`, modified: modifiedOf(`figure:${f.id}`) })),
		...content.events.map((e) => ({ path: `/events/${e.id}/`, modified: modifiedOf(`event:${e.id}`) }))
	];
	return new Response(sitemapXml(content.site.url, pages), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
