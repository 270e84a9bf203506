// The embed shows the same data as the map page.
import { load as mapLoad } from '../../map/+page.server';
import { sameLoad } from '$lib/server/same-load';
import type { PageServerLoad } from './$types';

export const load = sameLoad(mapLoad) satisfies PageServerLoad;
