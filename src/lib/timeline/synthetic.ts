/**
 * Synthetic timeline data for the benchmark (`npm run bench:timeline`): n events spread over the century with
 * mixed precision, deterministic for a given n so runs can be compared. Never shown as content.
 */
import { seededRandom } from '$lib/random';
import type { LifeLine, TimelineItem } from './items';
import { eventSpan } from './layout';

const CHARACTERS = '妇女联合会成立召开代表大会工作组织学习教育生产劳动模范卫生健康文化体育救灾重建乡村振兴';
const ERAS = [
	{
		id: 'revolution',
		title: { zh: '新民主主义革命时期', en: 'The New Democratic Revolution' },
		start: 1921,
		end: 1949
	},
	{
		id: 'construction',
		title: { zh: '社会主义革命和建设时期', en: 'Socialist Revolution and Construction' },
		start: 1949,
		end: 1978
	},
	{ id: 'reform', title: { zh: '改革开放新时期', en: 'Reform and Opening Up' }, start: 1978, end: 2012 },
	{ id: 'new-era', title: { zh: '新时代', en: 'The New Era' }, start: 2012, end: 2021 }
];

export function syntheticTimeline(n: number) {
	const next = seededRandom(n);
	const events: TimelineItem[] = [];
	for (let i = 0; i < n; i++) {
		const year = 1921 + Math.floor(next() * 101);
		const roll = next();
		const month = 1 + Math.floor(next() * 12);
		const day = 1 + Math.floor(next() * 28);
		const date =
			roll < 0.4
				? { year, month, day, precision: 'day' as const }
				: roll < 0.75
					? { year, month, precision: 'month' as const }
					: { year, precision: 'year' as const, qualifier: next() < 0.3 ? ('approximate' as const) : undefined };
		const length = 6 + Math.floor(next() * 14);
		const title = Array.from({ length }, () => CHARACTERS[Math.floor(next() * CHARACTERS.length)]).join('');
		events.push({
			id: `event-${i}`,
			date,
			disputed: next() < 0.05,
			singleSource: i % 40 === 0,
			// About a third are key events, as in the real content (52 of 140).
			weight: i % 3 === 0 ? 1 : 0,
			title: { zh: title, en: `Synthetic event ${i}` },
			era: ERAS.find((era) => year >= era.start && year <= era.end)!.id,
			themes: [],
			figures: [],
			places: [],
			span: eventSpan(date)
		});
	}
	events.sort((a, b) => a.span[0] - b.span[0]);
	const figures: LifeLine[] = Array.from({ length: 6 }, (_, i) => {
		const born = 1900 + Math.floor(next() * 60);
		return {
			id: `person-${i}`,
			name: { zh: `人物${i}`, pinyin: `Rénwù ${i}`, en: `Person ${i}` },
			birth: { year: born, precision: 'year' },
			death: { year: born + 30, precision: 'year' },
			span: [born, born + 31]
		};
	});
	return { events, eras: ERAS, figures };
}
