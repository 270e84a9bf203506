import { content } from '$lib/server/content';
import { langFromParam } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
	lang: langFromParam(params.lang),
	siteTitle: content.site.shortTitle,
	/** For citations and canonical links. */
	siteUrl: content.site.url,
	editors: content.site.editors,
	/** Only what every kiosk page needs; the attract loop loads its highlights itself. */
	kiosk: content.kiosk && {
		idleSeconds: content.kiosk.idleSeconds,
		countdownSeconds: content.kiosk.countdownSeconds,
		publicBaseUrl: content.site.url
	}
});
