import { content } from '$lib/server/content';
import { bibliography } from '$lib/sources/bibliography';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: content.site,
	bibliography: bibliography(content)
});
