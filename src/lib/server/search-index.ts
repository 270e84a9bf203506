/** The file /data/search/{zh,en}.json: the entries of one language and the traditional characters they need. */
import type { Content } from '$lib/content/check';
import type { Lang } from '$lib/i18n';
import { searchEntries, type SearchFile } from '$lib/search/entries';
import { simplifiedPairs } from './simplified';

export function searchFile(content: Content, lang: Lang): SearchFile {
	const entries = searchEntries(content, lang);
	return { entries, simplified: simplifiedPairs(entries.flatMap((e) => [e.title, e.text, ...e.keys])) };
}
