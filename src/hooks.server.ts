import type { Handle } from '@sveltejs/kit';
import { htmlLang, langFromPath } from '$lib/i18n';

/** Writes the page language into app.html's `<html lang="%lang%">` (this also runs while prerendering). */
export const handle: Handle = ({ event, resolve }) => {
	const lang = htmlLang(langFromPath(event.url.pathname));
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
