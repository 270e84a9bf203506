// Each broken fixture (tests/fixtures/broken/<case>/) overrides files of the valid fixture; its expected.txt lists
// the messages a curator must see, naming the file, the JSON path and the problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '$lib/content/check';
import { FIXTURES, readData } from './fixtures';

const valid = join(FIXTURES, 'valid');
const cases = readdirSync(join(FIXTURES, 'broken'));

describe('checkContent() on the valid fixture', () => {
	it('accepts it and resolves every index', () => {
		const result = checkContent(readData(valid));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.content.indexes.eventsByFigure).toEqual({ 'test-person': ['later-event'] });
		expect(result.content.indexes.eventsByPlace).toEqual({
			yibin: ['earlier-event'],
			'gele-mountain': ['later-event']
		});
		expect(result.content.indexes.figuresByPlace['gele-mountain']).toEqual(['test-person']);
		expect(result.content.glossary.map((term) => term.id)).toEqual(['test-term']);
		expect(result.content.indexes.termsByEvent).toEqual({ 'later-event': ['test-term'] });
	});

	it('sorts events by date, whatever their order in the file', () => {
		const result = checkContent(readData(valid));
		expect(result.ok && result.content.events.map((e) => e.id)).toEqual(['earlier-event', 'later-event']);
	});

	it('parses a disputed date into its variants, with the used one marked', () => {
		const result = checkContent(readData(valid));
		if (!result.ok) throw new Error('valid fixture failed');
		const birth = result.content.figures[0].birth.date;
		expect(birth.value).toBe('1905-10-25');
		expect(birth.variants?.map((v) => [v.value.value, v.used ?? false])).toEqual([
			['1905-10-25', true],
			['1905-10-27', false]
		]);
	});
});

describe('checkContent() on broken data', () => {
	it('has a fixture for every kind of error the foundation issue names', () => {
		for (const kind of [
			'missing-field',
			'bad-date',
			'unknown-reference',
			'duplicate-id',
			'coordinates-out-of-range',
			'malformed-json',
			'markup-in-text'
		]) {
			expect(cases).toContain(kind);
		}
	});

	it.each(cases)('%s: reports every expected message, and nothing is built', (name) => {
		const root = join(FIXTURES, 'broken', name);
		const expected = readFileSync(join(root, 'expected.txt'), 'utf8').trim().split('\n');
		const result = checkContent(readData(valid, root));
		expect(result.ok).toBe(false);
		const messages = result.ok ? [] : result.errors.map(formatError);
		for (const line of expected) {
			expect(
				messages.some((m) => m.startsWith(line)),
				`expected "${line}" in:\n${messages.join('\n')}`
			).toBe(true);
		}
		// The failing file is reported once, without a cascade of follow-on errors about its records.
		expect(messages.length).toBe(expected.length);
	});
});
