// The embed shows the same data as the timeline page.
import { load as timelineLoad } from '../../timeline/+page.server';
import { sameLoad } from '$lib/server/same-load';
import type { PageServerLoad } from './$types';

export const load = sameLoad(timelineLoad) satisfies PageServerLoad;
