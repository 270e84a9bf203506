/**
 * A view's state in the address bar (the timeline's range, the map's year, a tour's step, a search), written without
 * a history entry so that zooming or typing does not fill the Back button.
 *
 * SvelteKit's `replaceState` is shallow routing: it does not update `page.url`, so anything reading `page.url.search`
 * (a citation, an embed code, the kiosk's take-home QR code, the language switch) would still see the address the page
 * opened with. Write with `replaceSearch`, read with `currentSearch`.
 */
import { browser } from '$app/environment';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';

const written = $state({ path: '', search: '' });

/** Puts `search` ("?from=1935&to=1950", or "") into the address, if it is not there already. */
export function replaceSearch(search: string): void {
	if (search === location.search) return;
	replaceState(`${location.pathname}${search}`, {});
	written.path = location.pathname;
	written.search = search;
}

/** The query of the view on screen now: the last one written on this page, else the one the page opened with. */
export function currentSearch(): string {
	if (!browser) return '';
	return written.path === page.url.pathname ? written.search : page.url.search;
}
