import { json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { dataPackage } from '$lib/content/export';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(dataPackage(content, content.site.url));
