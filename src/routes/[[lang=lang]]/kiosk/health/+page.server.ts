import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: content.site,
	counts: { events: content.events.length, figures: content.figures.length, places: content.places.length },
	settings: content.kiosk
		? {
				idleSeconds: content.kiosk.idleSeconds,
				countdownSeconds: content.kiosk.countdownSeconds,
				publicBaseUrl: content.site.url
			}
		: undefined
});
