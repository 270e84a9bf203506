import { error } from '@sveltejs/kit';
import { content, erasById, eventsById } from '$lib/server/content';
import { evidenceOf } from '$lib/content/evidence';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	content.eras.flatMap((era) => [{ id: era.id }, { lang: 'en', id: era.id }]);

export const load: PageServerLoad = ({ params }) => {
	const era = erasById.get(params.id);
	if (!era) error(404, `No era "${params.id}"`);
	const chapter = content.chapters.find((c) => c.era === era.id);
	const index = content.eras.indexOf(era);
	const neighbour = (i: number) => content.eras[i] && { id: content.eras[i].id, title: content.eras[i].title };
	return {
		siteTitle: content.site.shortTitle,
		era,
		chapter: chapter && {
			slug: chapter.slug,
			zh: { title: chapter.zh.title, sources: chapter.zh.sources },
			en: { title: chapter.en.title, sources: chapter.en.sources }
		},
		events: (content.indexes.eventsByEra[era.id] ?? []).map((id) => {
			const event = eventsById.get(id)!;
			return { id, date: event.date, title: event.title, ...evidenceOf(event) };
		}),
		// Glossary terms that explain events of this era, in glossary order.
		terms: content.glossary
			.filter((term) => term.events.some((id) => eventsById.get(id)?.era === era.id))
			.map((term) => ({ id: term.id, term: term.term })),
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
};
