import { langFromParam } from '$lib/i18n';
import { lessonIndex } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => lessonIndex(langFromParam(params.lang))) satisfies PageServerLoad;
