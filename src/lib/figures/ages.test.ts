import { describe, expect, it } from 'vitest';
import { alignByAge } from './ages';

describe('alignByAge()', () => {
	it('puts events of two lives in rows by the age each had that year', () => {
		const rows = alignByAge(
			{
				birthYear: 1905,
				events: [
					{ id: 'a1', date: { year: 1926 } },
					{ id: 'a2', date: { year: 1936 } }
				]
			},
			{
				birthYear: 1920,
				events: [
					{ id: 'b1', date: { year: 1939 } },
					{ id: 'b2', date: { year: 1941 } }
				]
			}
		);
		expect(rows.map((r) => [r.age, r.a.map((e) => e.id), r.b.map((e) => e.id)])).toEqual([
			[19, [], ['b1']],
			[21, ['a1'], ['b2']],
			[31, ['a2'], []]
		]);
	});
});
