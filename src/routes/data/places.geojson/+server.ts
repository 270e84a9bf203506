import { json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { placesGeoJson } from '$lib/content/export';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	json(placesGeoJson(content), { headers: { 'content-type': 'application/geo+json' } });
