// The self-check questions draw only on events whose date and evidence are not in doubt.
import { describe, expect, it } from 'vitest';
import { content } from '$lib/server/content';
import { quizEvents } from '$lib/server/quiz';
import { makeQuiz, QUIZ_SIZE } from '$lib/quiz/quiz';

describe('quizEvents', () => {
	const ids = new Set(quizEvents().map((e) => e.id));
	const byId = new Map(content.events.map((e) => [e.id, e]));

	it('leaves out disputed or qualified dates, spans and single-source events, and keeps the rest', () => {
		const doubtful = content.events.filter((e) => e.date.variants || e.date.qualifier || e.endDate || e.singleSource);
		expect(doubtful.length).toBeGreaterThan(0);
		for (const e of doubtful) expect(ids.has(e.id), e.id).toBe(false);
		expect(ids.size).toBe(content.events.length - doubtful.length);
		expect(ids.size).toBeGreaterThanOrEqual(60);
	});

	it('asks where only about events the map shows at one place that their title does not name', () => {
		const askable = quizEvents().filter((e) => e.place);
		expect(askable.length).toBeGreaterThanOrEqual(30);
		for (const e of askable) {
			expect(byId.get(e.id)!.places, e.id).toHaveLength(1);
			const then = e.place!.zh.replace(/（今.+）$/, '');
			expect(e.title.zh, e.id).not.toContain(then);
			const core = then.replace(/(市|县|区|省)$/, '');
			if (core.length >= 2) expect(e.title.zh, e.id).not.toContain(core);
		}
		const dingYoujun = quizEvents().find((e) => e.id === 'ding-youjun-killed-xichang-1950');
		expect(dingYoujun?.place).toBeUndefined(); // "丁佑君在西昌…" would answer itself
		// A place renamed since is named as it was then, with today's name (宜宾县 → 叙州区, 渡口 → 攀枝花).
		const places = new Map(content.places.map((p) => [p.id, p]));
		const renamed = quizEvents().filter((e) => {
			const place = places.get(byId.get(e.id)!.places[0]);
			return e.place && place && place.names.length > 1 && e.year <= (place.names[0].to ?? 0);
		});
		expect(renamed.length).toBeGreaterThan(0);
		for (const e of renamed) expect(e.place!.zh, e.id).toMatch(/（今.+）$/);
	});

	it('gives a full set of questions for the whole century and for every period, whatever the seed', () => {
		const periods = [undefined, ...content.eras.map((era) => era.id)];
		for (const era of periods) {
			const pool = quizEvents().filter((e) => !era || e.era === era);
			for (let seed = 1; seed <= 100; seed++) {
				const quiz = makeQuiz(pool, seed);
				expect(quiz, `${era ?? 'all'} seed ${seed}`).toHaveLength(QUIZ_SIZE);
			}
		}
	});
});
