/**
 * A search in the address (/search/?q=渡口&kind=place), so it can be shared, bookmarked and opened again.
 */
import { KINDS, type SearchKind } from './entries';

export interface SearchView {
	query: string;
	kind: SearchKind | '';
}

/** Reads ?q= and ?kind=; an unknown kind is ignored. */
export function parseSearch(search: string): SearchView {
	const params = new URLSearchParams(search);
	const wanted = params.get('kind');
	return { query: params.get('q') ?? '', kind: KINDS.find((k) => k === wanted) ?? '' };
}

/**
 * The query string for a view: "" when there is nothing to keep (a kind without a query is nothing).
 * @example searchString({ query: ' 渡口 ', kind: 'place' }) // "?q=%E6%B8%A1%E5%8F%A3&kind=place"
 */
export function searchString({ query, kind }: SearchView): string {
	const params = new URLSearchParams();
	if (!query.trim()) return '';
	params.set('q', query.trim());
	if (kind) params.set('kind', kind);
	const text = params.toString();
	return text ? `?${text}` : '';
}
