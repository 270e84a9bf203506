import { describe, expect, it } from 'vitest';
import { latest, stamp, staleKeys } from './modified';

describe('the modified ledger', () => {
	const ledger = {
		'event:a': { hash: 'aaa', modified: '2026-01-01' },
		'event:gone': { hash: 'ggg', modified: '2026-01-01' },
		'figure:b': { hash: 'bbb', modified: '2026-02-01' }
	};
	const hashes = { 'event:a': 'aaa', 'figure:b': 'changed', 'figure:new': 'nnn' };

	it('finds changed, new and deleted records', () => {
		expect(staleKeys(ledger, hashes)).toEqual(['event:gone', 'figure:b', 'figure:new']);
		expect(staleKeys(stamp(ledger, hashes, '2026-11-30'), hashes)).toEqual([]);
	});

	it('dates only what changed', () => {
		expect(stamp(ledger, hashes, '2026-11-30')).toEqual({
			'event:a': { hash: 'aaa', modified: '2026-01-01' },
			'figure:b': { hash: 'changed', modified: '2026-11-30' },
			'figure:new': { hash: 'nnn', modified: '2026-11-30' }
		});
	});

	it('takes the latest date', () => {
		expect(latest(['2025-03-01', '2026-01-02', '2025-12-31'])).toBe('2026-01-02');
	});
});
