// The embed shows the same data as the profile, for every figure.
import { entries as profileEntries, load as profileLoad } from '../../../figures/[id]/+page.server';
import { sameLoad } from '$lib/server/same-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = profileEntries;
export const load = sameLoad(profileLoad) satisfies PageServerLoad;
