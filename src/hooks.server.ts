import type { Handle } from '@sveltejs/kit';
import { htmlLang, langFromPath } from '$lib/i18n';

/**
 * The profile every page is built with: "web", or "kiosk" for a hall build (`EXHIBITION_PROFILE=kiosk npm run build`).
 * A web build becomes a kiosk at run time through /kiosk/ or ?mode=kiosk (see src/lib/kiosk/profile.ts).
 */
const builtProfile = process.env.EXHIBITION_PROFILE === 'kiosk' ? 'kiosk' : 'web';

/** Embeds (/embed/…, /en/embed/…) are always the embed profile: no site chrome, no service worker (E-04). */
const isEmbed = (pathname: string) => /^\/(en\/)?embed\//.test(pathname);

/** Writes the page language and profile into app.html's `<html>` (this also runs while prerendering). */
export const handle: Handle = ({ event, resolve }) => {
	const lang = htmlLang(langFromPath(event.url.pathname));
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%profile%', isEmbed(event.url.pathname) ? 'embed' : builtProfile)
	});
};
