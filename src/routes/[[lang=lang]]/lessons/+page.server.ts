import { lessonIndex } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load = (() => lessonIndex()) satisfies PageServerLoad;
