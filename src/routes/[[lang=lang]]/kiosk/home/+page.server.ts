import { content } from '$lib/server/content';
import { exhibitionCounts } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ site: content.site, eras: content.eras, counts: exhibitionCounts() });
