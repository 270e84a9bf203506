// The embed shows the same data as the event page, for every event.
import { entries as eventEntries, load as eventLoad } from '../../../events/[id]/+page.server';
import { sameLoad } from '$lib/server/same-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = eventEntries;
export const load = sameLoad(eventLoad) satisfies PageServerLoad;
