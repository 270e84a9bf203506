import { langFromParam } from '$lib/i18n';
import { content, eventsById, modifiedOfAll } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** Each page carries its own language only (the term's Chinese and pinyin are shown in both). */
export const load = (({ params }) => {
	const lang = langFromParam(params.lang);
	return {
		siteTitle: content.site.shortTitle,
		modified: modifiedOfAll('glossary:'),
		terms: content.glossary.map((term) => ({
			id: term.id,
			term: term.term,
			aliases: term.aliases ?? [],
			definition: term.definition[lang],
			events: term.events.map((id) => {
				const event = eventsById.get(id)!;
				return { id, title: event.title[lang], date: event.date };
			}),
			// Listed compactly (no notes, no "read via"), so the page does not carry them.
			sources: term.sources.map(({ note: _note, via: _via, ...source }) => source)
		}))
	};
}) satisfies PageServerLoad;
