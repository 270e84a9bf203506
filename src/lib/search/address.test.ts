import { describe, expect, it } from 'vitest';
import { parseSearch, searchString } from './address';

describe('the search in the address', () => {
	it('reads back what it writes', () => {
		const view = { query: '赵一曼 宜宾', kind: 'event' as const };
		expect(parseSearch(searchString(view))).toEqual(view);
	});

	it('keeps nothing for an empty search, and ignores an unknown kind', () => {
		expect(searchString({ query: '  ', kind: '' })).toBe('');
		expect(searchString({ query: '', kind: 'figure' })).toBe('');
		expect(parseSearch('?q=law&kind=planet')).toEqual({ query: 'law', kind: '' });
	});
});
