import { content, placesById } from '$lib/server/content';
import { searchKeys } from '$lib/figures/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	siteTitle: content.site.shortTitle,
	eras: content.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
	fields: content.themes
		.filter((t) => content.figures.some((f) => f.fields.includes(t.id)))
		.map(({ id, label }) => ({ id, label })),
	figures: content.figures.map((f) => {
		const end = f.death?.date.year ?? 2021;
		return {
			id: f.id,
			name: f.name,
			birth: f.birth,
			death: f.death,
			roles: f.roles,
			fields: f.fields,
			region: f.birth.place ? placesById.get(f.birth.place)?.region : undefined,
			// The periods her life touched within the century.
			eras: content.eras.filter((era) => f.birth.date.year <= era.end && end >= era.start).map((era) => era.id),
			keys: searchKeys(f)
		};
	})
});
