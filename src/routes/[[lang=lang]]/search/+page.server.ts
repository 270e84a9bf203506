import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The page itself is small: the index (/data/search/<lang>.json) is fetched when the page opens. */
export const load = (() => ({ siteTitle: content.site.shortTitle })) satisfies PageServerLoad;
