import { content } from '$lib/server/content';
import { bibliography } from '$lib/sources/bibliography';
import { langFromParam } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	siteTitle: content.site.shortTitle,
	// A note belongs to a source as one record cites it (it says what the source gives that record), so the list of
	// all sources leaves notes out (SourceList shows a note only where there is one); each record's page shows them.
	bibliography: bibliography(content, langFromParam(params.lang)).map(
		({ source: { note: _note, ...source }, usedIn }) => ({ source, usedIn })
	)
});
