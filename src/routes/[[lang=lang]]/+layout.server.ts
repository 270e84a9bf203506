import { content } from '$lib/server/content';
import type { Lang } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
	lang: (params.lang === 'en' ? 'en' : 'zh') as Lang,
	siteTitle: content.site.shortTitle
});
