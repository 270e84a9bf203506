import { content } from '$lib/server/content';
import { eventsCsv } from '$lib/content/export';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(eventsCsv(content), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
