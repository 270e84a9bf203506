import { describe, expect, it } from 'vitest';
import { makeQuiz, type QuizEvent, type QuizPlace } from './quiz';

/** Places as the map has them: two in one prefecture (重庆, 歌乐山), two outside Sichuan. */
const places: QuizPlace[] = [
	['成都', '成都市', 'sichuan'],
	['重庆', '重庆市', 'sichuan'],
	['宜宾', '宜宾市', 'sichuan'],
	['自贡', '自贡市', 'sichuan'],
	['西昌', '凉山彝族自治州', 'sichuan'],
	['歌乐山', '重庆市', 'sichuan'],
	['哈尔滨', '哈尔滨市', 'elsewhere'],
	['莫斯科', '莫斯科', 'elsewhere']
].map(([zh, prefecture, area], i) => ({
	id: `place-${i}`,
	zh,
	en: `Place ${i}`,
	prefecture,
	area: area as QuizPlace['area']
}));
/** Twenty events in different years, most with one place. */
const events: QuizEvent[] = Array.from({ length: 20 }, (_, i) => ({
	id: `event-${i}`,
	title: { zh: `事件${i}`, en: `Event ${i}` },
	year: 1921 + i * 4,
	era: i < 10 ? 'revolution' : 'construction',
	place: i % 5 === 4 ? undefined : places[i % places.length]
}));
const byId = new Map(events.map((e) => [e.id, e]));

describe('makeQuiz', () => {
	it('gives the same questions for the same seed, so a shared link shows the same set', () => {
		expect(makeQuiz(events, 42)).toEqual(makeQuiz(events, 42));
		expect(makeQuiz(events, 42)).not.toEqual(makeQuiz(events, 43));
	});

	it('asks six questions in turn by kind, each about a different event', () => {
		const quiz = makeQuiz(events, 7);
		expect(quiz.map((q) => q.kind)).toEqual(['when', 'first', 'where', 'when', 'first', 'where']);
		const subjects = quiz.filter((q) => q.kind !== 'first').map((q) => q.event.id);
		expect(new Set(subjects).size).toBe(subjects.length);
	});

	it('always offers four different options, one of them the right answer', () => {
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of makeQuiz(events, seed)) {
				expect(q.options).toHaveLength(4);
				expect(new Set(q.options.map((o) => o.key)).size).toBe(4);
				expect(q.options.map((o) => o.key)).toContain(q.answer);
			}
		}
	});

	it('marks as right the event’s year, the earliest event and the event’s place', () => {
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of makeQuiz(events, seed)) {
				if (q.kind === 'when') expect(q.answer).toBe(String(q.event.year));
				if (q.kind === 'where') expect(q.answer).toBe(q.event.place!.id);
				if (q.kind === 'first') {
					const years = q.options.map((o) => byId.get(o.key)!.year);
					expect(new Set(years).size).toBe(4); // no tie for "first"
					expect(byId.get(q.answer)!.year).toBe(Math.min(...years));
					expect(q.years).toEqual(Object.fromEntries(q.options.map((o) => [o.key, byId.get(o.key)!.year])));
				}
			}
		}
	});

	it('never offers the right place a second time under another name', () => {
		// 万县 in 1926 and 重庆市万州区 today are one place: offering both would mark a right answer wrong.
		const renamed = events.map((e, i) =>
			e.place && i % 2 ? { ...e, place: { ...e.place, zh: `旧${e.place.zh}`, en: `Old ${e.place.en}` } } : e
		);
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of makeQuiz(renamed, seed).filter((q) => q.kind === 'where')) {
				expect(new Set(q.options.map((o) => o.key)).size).toBe(4);
				expect(q.options.filter((o) => o.key === q.event.place!.id)).toHaveLength(1);
			}
		}
	});

	it('offers wrong places from other prefectures than the answer and each other, from the answer’s side first', () => {
		const placeOf = new Map(places.map((p) => [p.id, p]));
		let asked = 0;
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of makeQuiz(events, seed).filter((q) => q.kind === 'where')) {
				asked++;
				const options = q.options.map((o) => placeOf.get(o.key)!);
				// 重庆 and 歌乐山 are never offered together: one would be nearly as right as the other.
				expect(new Set(options.map((p) => p.prefecture)).size).toBe(4);
				// A Sichuan answer has four other Sichuan prefectures to choose from, so Harbin and Moscow never appear.
				if (q.event.place!.area === 'sichuan') expect(options.every((p) => p.area === 'sichuan')).toBe(true);
			}
		}
		expect(asked).toBeGreaterThan(50);
	});

	it('does not ask for the year of an event whose title gives it', () => {
		const dated = events.map((e) => ({ ...e, title: { zh: `${e.year}年的事件`, en: `Event of ${e.year}` } }));
		expect(makeQuiz(dated, 3).filter((q) => q.kind === 'when')).toEqual([]);
	});

	it('asks fewer questions rather than repeat or invent options when the pool is small', () => {
		const few = events.slice(0, 3);
		expect(makeQuiz(few, 1)).toEqual([]);
		const sameYear = events.slice(0, 8).map((e) => ({ ...e, year: 1935 }));
		expect(makeQuiz(sameYear, 1).filter((q) => q.kind !== 'where')).toEqual([]);
	});
});
