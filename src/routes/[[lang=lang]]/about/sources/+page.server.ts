import { content } from '$lib/server/content';
import { bibliography } from '$lib/sources/bibliography';
import { sourceFor } from '$lib/sources/shown';
import { langFromParam } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langFromParam(params.lang);
	return {
		siteTitle: content.site.shortTitle,
		// A note belongs to a source as one record cites it (it says what the source gives that record), so the list of
		// all sources leaves notes out (SourceList shows a note only where there is one); each record's page shows them.
		// Each source keeps only what its citation shows in this language: the page sends all 560 to the browser.
		bibliography: bibliography(content, lang).map(({ source: { note: _note, ...source }, usedIn }) => ({
			source: sourceFor(source, lang),
			usedIn: usedIn.map(({ path, title }) => ({ path, title: title[lang] }))
		}))
	};
};
