import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { bibliographyByPart } from '$lib/sources/bibliography';
import { sourceFor } from '$lib/sources/shown';
import { langFromParam } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	bibliographyByPart(content, 'zh').flatMap(({ id }) => [{ part: id }, { lang: 'en', part: id }]);

/** One part of the bibliography: its sources, numbered on from the part before, each with the pages citing it. */
export const load: PageServerLoad = ({ params }) => {
	const lang = langFromParam(params.lang);
	const parts = bibliographyByPart(content, lang);
	const index = parts.findIndex((p) => p.id === params.part);
	if (index < 0) error(404, `No part "${params.part}" in the bibliography`);
	const { id, first, entries } = parts[index];
	return {
		siteTitle: content.site.shortTitle,
		part: id,
		parts: parts.map((p) => p.id),
		first,
		// A note belongs to a source as one record cites it (it says what the source gives that record), so the
		// bibliography leaves notes out (SourceList shows a note only where there is one); each record's page shows
		// them. Each source keeps only what its citation shows in this language.
		entries: entries.map(({ source: { note: _note, ...source }, usedIn }) => ({
			source: sourceFor(source, lang),
			usedIn: usedIn.map(({ path, title }) => ({ path, title: title[lang] }))
		}))
	};
};
