import { content } from '$lib/server/content';
import { quizEvents } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	siteTitle: content.site.shortTitle,
	eras: content.eras.map(({ id, title }) => ({ id, title })),
	events: quizEvents()
})) satisfies PageServerLoad;
