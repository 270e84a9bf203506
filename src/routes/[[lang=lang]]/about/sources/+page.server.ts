import { content } from '$lib/server/content';
import { bibliographyByPart } from '$lib/sources/bibliography';
import { langFromParam } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** The bibliography's contents: its parts, how many sources each holds and their numbers. */
export const load: PageServerLoad = ({ params }) => {
	const parts = bibliographyByPart(content, langFromParam(params.lang));
	return {
		siteTitle: content.site.shortTitle,
		total: parts.reduce((sum, part) => sum + part.entries.length, 0),
		parts: parts.map(({ id, first, entries }) => ({ id, first, count: entries.length }))
	};
};
