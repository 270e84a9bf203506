import { error } from '@sveltejs/kit';
import { content, modifiedOf } from '$lib/server/content';
import { tourData, toursBySlug } from '$lib/server/tours';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content.tours.flatMap(({ slug }) => [{ slug }, { lang: 'en', slug }]);

export const load = (({ params }) => {
	const tour = toursBySlug.get(params.slug);
	if (!tour) error(404, `No tour "${params.slug}"`);
	return { siteTitle: content.site.shortTitle, modified: modifiedOf(`tour:${tour.slug}`), tour: tourData(tour) };
}) satisfies PageServerLoad;
