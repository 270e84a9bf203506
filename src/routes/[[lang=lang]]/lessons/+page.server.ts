import { lessonChoices } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load = (() => lessonChoices()) satisfies PageServerLoad;
