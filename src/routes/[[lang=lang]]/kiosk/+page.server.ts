import { error } from '@sveltejs/kit';
import { content, eventsById, figuresById } from '$lib/server/content';
import type { Localized } from '$lib/content/schema';
import type { PageServerLoad } from './$types';

/**
 * The opening sentence of a summary, for a screen read in passing; the first role if that sentence is long.
 * Summaries open with who she was (curation rule), so the first sentence is a fair caption.
 */
function caption(summary: Localized, role: Localized): Localized {
	const zh = summary.zh.split('。')[0] + '。';
	const en = summary.en.split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)[0];
	return { zh: zh.length <= 80 ? zh : role.zh, en: en.length <= 200 ? en : role.en };
}

/** The attract loop's highlights (data/kiosk.json), resolved to what the screen shows. */
export const load: PageServerLoad = () => {
	if (!content.kiosk) error(404, 'No data/kiosk.json: this exhibition has no kiosk');
	return {
		site: content.site,
		highlights: content.kiosk.highlights.map((item) => {
			if ('figure' in item) {
				const figure = figuresById.get(item.figure)!;
				return {
					kind: 'figure' as const,
					path: `/figures/${figure.id}/`,
					name: figure.name,
					birth: figure.birth.date,
					death: figure.death?.date,
					caption: caption(figure.summary, figure.roles[0])
				};
			}
			const event = eventsById.get(item.event)!;
			return { kind: 'event' as const, path: `/events/${event.id}/`, title: event.title, date: event.date };
		})
	};
};
