// The embed shows the same tour as its page, for every tour.
import { entries as tourEntries, load as tourLoad } from '../../../tours/[slug]/+page.server';
import { sameLoad } from '$lib/server/same-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = tourEntries;
export const load = sameLoad(tourLoad) satisfies PageServerLoad;
