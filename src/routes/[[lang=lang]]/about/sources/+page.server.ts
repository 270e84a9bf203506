import { content } from '$lib/server/content';
import { bibliography } from '$lib/sources/bibliography';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	bibliography: bibliography(content)
});
