import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	figures: content.figures.map(({ id, name, birth, death, roles }) => ({ id, name, birth, death, roles }))
});
