import { langFromParam, t } from '$lib/i18n';
import { content } from '$lib/server/content';
import { bibliographyByPart } from '$lib/sources/bibliography';
import type { PageServerLoad } from './$types';

/** A name for every page a visitor can open, keyed as usage.ts counts them ("/events/<id>/"). */
export const load: PageServerLoad = ({ params }) => {
	const lang = langFromParam(params.lang);
	const titles: Record<string, string> = {
		'/': t(lang, 'navHome'),
		'/kiosk/home/': t(lang, 'kioskHomeTitle'),
		'/timeline/': t(lang, 'timelineTitle'),
		'/map/': t(lang, 'mapTitle'),
		'/figures/': t(lang, 'figuresTitle'),
		'/figures/compare/': t(lang, 'compareTitle'),
		'/tours/': t(lang, 'toursTitle'),
		'/quiz/': t(lang, 'quizTitle'),
		'/glossary/': t(lang, 'glossaryTitle'),
		'/lessons/': t(lang, 'lessonBuilderTitle'),
		'/about/': t(lang, 'aboutTitle'),
		'/about/sources/': t(lang, 'bibliographyTitle')
	};
	for (const { id } of bibliographyByPart(content, lang))
		titles[`/about/sources/${id}/`] = t(lang, 'bibliographyPartTitle', { part: t(lang, `bibliographyPart_${id}`) });
	for (const era of content.eras) titles[`/eras/${era.id}/`] = era.title[lang];
	for (const event of content.events) titles[`/events/${event.id}/`] = event.title[lang];
	for (const figure of content.figures) titles[`/figures/${figure.id}/`] = figure.name[lang];
	for (const tour of content.tours) titles[`/tours/${tour.slug}/`] = tour[lang].title;
	return { site: content.site, titles };
};
