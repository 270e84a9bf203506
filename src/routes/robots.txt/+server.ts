/** /robots.txt: everything may be indexed except the kiosk's and the benchmarks' pages; where the sitemap is. */
import { content } from '$lib/server/content';

export const prerender = true;

export function GET() {
	const sitemap = new URL('sitemap.xml', content.site.url).href;
	const body = [
		'User-agent: *',
		'Disallow: /kiosk/',
		'Disallow: /en/kiosk/',
		'Disallow: /bench/',
		`Sitemap: ${sitemap}`,
		''
	];
	return new Response(body.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
