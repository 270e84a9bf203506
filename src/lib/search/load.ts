/** The search index of a language, fetched and prepared once per visit to the site, not once per visit to the page. */
import type { Lang } from '$lib/i18n';
import type { SearchFile } from './entries';
import { prepare, type SearchIndex } from './match';

const indexes = new Map<Lang, Promise<SearchIndex>>();

export function loadIndex(lang: Lang): Promise<SearchIndex> {
	let pending = indexes.get(lang);
	if (!pending) {
		// no-cache: the file keeps its address from one release to the next; the browser checks it is current.
		pending = fetch(`/data/search/${lang}.json`, { cache: 'no-cache' })
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status}`);
				return response.json() as Promise<SearchFile>;
			})
			.then(prepare);
		// A failed load is forgotten, so "try again" fetches again.
		pending.catch(() => indexes.delete(lang));
		indexes.set(lang, pending);
	}
	return pending;
}
