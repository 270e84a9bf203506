import { content } from '$lib/server/content';
import { tourSummaries } from '$lib/server/tours';
import type { PageServerLoad } from './$types';

export const load = (() => ({ siteTitle: content.site.shortTitle, tours: tourSummaries() })) satisfies PageServerLoad;
