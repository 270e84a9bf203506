/** Where kiosk links may go, and the public address of a kiosk view (for "take it home" QR codes). */

/**
 * The same view on the public website: the base URL plus the path, query and hash, without the kiosk's own parameters.
 * @example publicUrl('https://museum.example/exhibition/', { pathname: '/en/map/', search: '?year=1950&mode=kiosk' })
 * // 'https://museum.example/exhibition/en/map/?year=1950'
 */
export function publicUrl(baseUrl: string, here: { pathname: string; search: string; hash?: string }): string {
	const url = new URL(here.pathname.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
	for (const [key, value] of new URLSearchParams(here.search)) if (key !== 'mode') url.searchParams.append(key, value);
	url.hash = here.hash ?? '';
	return url.href;
}

/**
 * What a link that would leave the kiosk should show as a QR code instead, or undefined if the link may be
 * followed: pages of the exhibition may; other origins and raw files (open data, JSON) may not.
 */
export function exitUrl(href: string, origin: string, publicBaseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href, origin);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
	if (url.origin !== origin) return url.href;
	if (/\.[a-z0-9]+$/i.test(url.pathname)) return publicUrl(publicBaseUrl, url);
	return undefined;
}
