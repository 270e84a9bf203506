import { describe, expect, it } from 'vitest';
import { checkContent } from './check';
import { contentReport, isUntranslated } from './report';
import { readData } from '../../../tests/data/fixtures';

describe('isUntranslated()', () => {
	it.each([
		{ text: { zh: '赵一曼', en: 'Zhao Yiman' }, expected: false },
		{ text: { zh: '江竹筠被捕', en: 'Jiang Zhujun (江竹筠) is arrested' }, expected: false },
		{ text: { zh: '江竹筠被捕', en: '江竹筠被捕' }, expected: true },
		{ text: { zh: '江竹筠被捕', en: ' ' }, expected: true },
		{ text: { zh: '江竹筠在万县被捕', en: '江竹筠在万县被捕 (arrest)' }, expected: true }
	])('isUntranslated($text.en) is $expected', ({ text, expected }) => {
		expect(isUntranslated(text)).toBe(expected);
	});
});

describe('contentReport()', () => {
	const result = checkContent(readData('tests/fixtures/valid'));
	if (!result.ok) throw new Error('valid fixture failed');
	const report = contentReport(result.content);

	it('counts records by era, theme and region', () => {
		expect(report.totals).toMatchObject({ events: 2, figures: 1, places: 2, chapters: 1 });
		expect(report.eventsByEra).toEqual({ revolution: 2 });
		expect(report.placesByRegion).toEqual({ chongqing: 1, sichuan: 1 });
	});

	it('lists disputed dates with the used variant in brackets, and records without two independent sources', () => {
		expect(report.disputes).toEqual(['figures/test-person birth: [1905-10-25] / 1905-10-27']);
		expect(report.singleSource).toEqual(['events/earlier-event (caution shown to readers)']);
	});

	it('lists the key events with their independent sources, and sources nobody could confirm', () => {
		expect(report.keyEvents).toEqual(['events/later-event (2 independent sources)']);
		expect(report.unconfirmedSources).toEqual([]);
		expect(report.fewConfirmed).toEqual([]);
		// The single-sourced event is not key, so it is listed with the other events.
		expect(report.otherFewConfirmed).toEqual(['events/earlier-event (1 confirmed)']);
	});

	it('counts a key event whose second source has no confirmed publisher as resting on one confirmed source', () => {
		const events = result.content.events.map((e) =>
			e.id === 'later-event' ? { ...e, sources: [e.sources[0], { ...e.sources[1], publisher: '未详' }] } : e
		);
		const weak = contentReport({ ...result.content, events });
		expect(weak.fewConfirmed).toEqual(['events/later-event (1 confirmed)']);
		expect(weak.unconfirmedSources).toHaveLength(1);
	});

	it('flags short texts and figures with fewer than three events', () => {
		expect(report.lengthWarnings).toContain('events/later-event summary: 2 Chinese characters (guideline 60–200)');
		expect(report.figuresWithFewEvents).toEqual(['figures/test-person (1 events)']);
		expect(report.untranslated).toEqual([]);
	});
});
