import { describe, expect, it } from 'vitest';
import {
	CENTURY,
	EXTENT,
	MIN_SPAN,
	clampDomain,
	clusterBox,
	dateSpan,
	densityByYear,
	estimateTextWidth,
	eventSpan,
	fitLabel,
	withoutSubject,
	layoutMarks,
	type PlacedMark,
	timeScale,
	timeTicks
} from './layout';

describe('dateSpan()', () => {
	it('gives a year-only date the whole year, never a point on 1 January', () => {
		expect(dateSpan({ year: 1935, precision: 'year' })).toEqual([1935, 1936]);
	});

	it('gives a month-precise date the span of its month', () => {
		const [start, end] = dateSpan({ year: 1935, month: 11, precision: 'month' });
		expect(start).toBeCloseTo(1935 + 10 / 12);
		expect(end).toBeCloseTo(1935 + 11 / 12);
	});

	it('gives a day one day', () => {
		const [start, end] = dateSpan({ year: 1949, month: 11, day: 14, precision: 'day' });
		expect(end - start).toBeCloseTo(1 / 365);
		expect(start).toBeGreaterThan(1949 + 10 / 12);
	});

	it('eventSpan() runs from the start of the date to the end of the end date', () => {
		expect(eventSpan({ year: 1927, month: 9, precision: 'month' }, { year: 1928, precision: 'year' })).toEqual([
			1927 + 8 / 12,
			1929
		]);
	});
});

describe('timeScale() and clampDomain()', () => {
	it('timeScale(domain, width) maps decimal years to pixels', () => {
		const x = timeScale([1921, 2021], 1000);
		expect(x(1921)).toBe(0);
		expect(x(1971)).toBe(500);
	});

	it('clampDomain() keeps the view inside the extent and at least a month wide', () => {
		expect(clampDomain([1800, 1850])).toEqual([EXTENT[0], EXTENT[0] + 50]);
		const narrow = clampDomain([1935.5, 1935.5]);
		expect(narrow[1] - narrow[0]).toBeCloseTo(MIN_SPAN);
		expect(clampDomain([1800, 2200])).toEqual([...EXTENT]);
		expect(clampDomain(CENTURY)).toEqual([...CENTURY]);
	});
});

describe('timeTicks()', () => {
	it('shows decades for the whole century on a phone', () => {
		const labels = timeTicks(CENTURY, 360, 'zh').map((t) => t.label);
		expect(labels[0]).toBe('1940年');
		expect(labels).toContain('2000年');
	});

	it('shows every year for a decade on a wide screen', () => {
		const ticks = timeTicks([1930, 1940], 1000, 'en');
		expect(ticks.map((t) => t.label)).toEqual([
			'1930',
			'1931',
			'1932',
			'1933',
			'1934',
			'1935',
			'1936',
			'1937',
			'1938',
			'1939',
			'1940'
		]);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1930', '1940']);
	});

	it('shows months when zoomed to a year, with the year at each January', () => {
		const zh = timeTicks([1935, 1936.01], 1000, 'zh').map((t) => t.label);
		expect(zh.slice(0, 3)).toEqual(['1935年1月', '2月', '3月']);
		expect(zh).toContain('11月');
		const en = timeTicks([1935.75, 1936.2], 1000, 'en').map((t) => t.label);
		expect(en).toEqual(expect.arrayContaining(['Oct', 'Nov', 'Dec', 'Jan 1936']));
	});

	it('keeps ticks at least minSpacing apart', () => {
		for (const [domain, width] of [
			[CENTURY, 320],
			[[1930, 1950], 800],
			[[1935, 1936], 300]
		] as const) {
			const x = timeScale(domain, width);
			const ticks = timeTicks(domain, width, 'zh');
			for (let i = 1; i < ticks.length; i++)
				expect(x(ticks[i].value) - x(ticks[i - 1].value)).toBeGreaterThanOrEqual(63.9);
		}
	});
});

describe('layoutMarks()', () => {
	const options = { lanes: 2, fontSize: 10, minMarkWidth: 6, gap: 4 };
	const mark = (id: string, start: number, label = 'ab') => ({ id, span: [start, start + 0.01] as const, label });

	it('puts marks whose labels would overlap in separate lanes', () => {
		const { placed } = layoutMarks([mark('a', 1930), mark('b', 1930.1)], timeScale([1930, 1940], 1000), 1000, options);
		expect(placed.map((p) => p.lane)).toEqual([0, 1]);
	});

	it('starts a label after a long mark, so a year-long bar pushes its label right', () => {
		const year = { id: 'y', span: [1930, 1931] as const, label: 'ab' };
		const { placed } = layoutMarks([year, mark('b', 1931.05)], timeScale([1930, 1940], 1000), 1000, options);
		expect(placed.map((p) => p.lane)).toEqual([0, 1]);
	});

	it('reuses a lane once the label before has ended', () => {
		const { placed } = layoutMarks([mark('a', 1930), mark('b', 1935)], timeScale([1930, 1940], 1000), 1000, options);
		expect(placed.map((p) => p.lane)).toEqual([0, 0]);
	});

	/** The pixels a placed mark and its label are drawn on, on whichever side the label went. */
	const drawn = ({ x0, x1, side, room, mark }: PlacedMark, fontSize: number, gap: number) => {
		const label = room ?? estimateTextWidth(mark.label, fontSize);
		return side === 'right' ? [x0, x1 + gap + label] : [x0 - gap - label, x1];
	};

	it('never lets two marks or labels in a lane overlap, on either side, and keeps a gap between them', () => {
		const marks = Array.from({ length: 50 }, (_, i) => ({
			...mark(`e${i}`, 1930 + i * 0.2, '一个较长的事件标题'),
			priority: i % 3 === 0 ? 1 : 0
		}));
		const x = timeScale([1930, 1940], 1000);
		const { placed } = layoutMarks(marks, x, 1000, { ...options, lanes: 6 });
		expect(placed.some((p) => p.side === 'left')).toBe(true);
		for (const p of placed) {
			const [start, end] = drawn(p, 10, options.gap);
			expect(start).toBeGreaterThanOrEqual(p.extent[0]);
			expect(end).toBeLessThanOrEqual(p.extent[1]);
		}
		for (const lane of [0, 1, 2, 3, 4, 5]) {
			const extents = placed.filter((p) => p.lane === lane).map((p) => p.extent);
			extents.sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < extents.length; i++) expect(extents[i][0]).toBeGreaterThanOrEqual(extents[i - 1][1]);
		}
	});

	it('puts a label left of its mark where it would run past the right edge, and keeps it on the chart', () => {
		const x = timeScale([1930, 1940], 1000);
		const { placed } = layoutMarks(
			[mark('a', 1930.5, '左边'), mark('z', 1939.8, '一个较长的事件标题')],
			x,
			1000,
			options
		);
		expect(placed.map((p) => p.side)).toEqual(['right', 'left']);
		const [start, end] = drawn(placed[1], options.fontSize, options.gap);
		expect(start).toBeGreaterThanOrEqual(0);
		expect(end).toBeLessThanOrEqual(1000);
	});

	it('shortens a label that fits on neither side to the roomier one, on a narrow screen', () => {
		const long = mark('m', 1936, '一个很长很长很长很长很长很长的事件标题');
		const { placed } = layoutMarks([long], timeScale([1930, 1940], 200), 200, options);
		expect(placed[0]).toMatchObject({ side: 'left' });
		expect(placed[0].room).toBeLessThan(estimateTextWidth(long.label, options.fontSize));
		const shown = fitLabel(long.label, placed[0].room!, options.fontSize);
		expect(shown.endsWith('…')).toBe(true);
		expect(estimateTextWidth(shown, options.fontSize)).toBeLessThanOrEqual(placed[0].room!);
		expect(placed[0].x0 - options.gap - estimateTextWidth(shown, options.fontSize)).toBeGreaterThanOrEqual(0);
	});

	it('shortens titles longer than maxLabelWidth, so more events keep a label where it is crowded', () => {
		const long = (id: string, start: number) => mark(id, start, '一个很长很长很长很长的事件标题');
		const crowd = [long('a', 1930), long('b', 1931), long('c', 1932)];
		const x = timeScale([1930, 1940], 400);
		expect(layoutMarks(crowd, x, 400, { ...options, lanes: 1 }).placed).toHaveLength(1);
		const { placed } = layoutMarks(crowd, x, 400, { ...options, lanes: 1, maxLabelWidth: 26 });
		expect(placed).toHaveLength(3);
		expect(placed.every((p) => p.room === 26)).toBe(true);
	});

	it('sends a mark to a cluster rather than shorten its label below two characters', () => {
		// A year-long bar across almost the whole view leaves no room on either side.
		const wide = { id: 'w', span: [1930.2, 1939.8] as const, label: '一个较长的事件标题' };
		const { placed, clusters } = layoutMarks([wide], timeScale([1930, 1940], 1000), 1000, options);
		expect(placed).toEqual([]);
		expect(clusters.map((c) => c.ids)).toEqual([['w']]);
	});

	it('gives key events their lanes first, so a crowd hides the others', () => {
		const crowd = [mark('a', 1930), mark('b', 1930.01), { ...mark('key', 1930.02), priority: 1 }];
		const { placed, clusters } = layoutMarks(crowd, timeScale([1930, 1940], 1000), 1000, { ...options, lanes: 1 });
		expect(placed.map((p) => p.mark.id)).toEqual(['key']);
		expect(clusters.map((c) => c.ids)).toEqual([['a', 'b']]);
	});

	it('gathers what does not fit into counted clusters, and lays out only what is visible', () => {
		const marks = [mark('a', 1930), mark('b', 1930.01), mark('c', 1930.02), mark('d', 1930.03), mark('late', 1960)];
		const { placed, clusters } = layoutMarks(marks, timeScale([1930, 1940], 1000), 1000, options);
		expect(placed.map((p) => p.mark.id)).toEqual(['a', 'b']);
		expect(clusters).toHaveLength(1);
		expect(clusters[0].ids).toEqual(['c', 'd']);
		expect(clusters[0].span[0]).toBe(1930.02);
	});

	it('splits a cluster wider than maxClusterWidth, so a tap zooms into part of the century, not all of it', () => {
		// A phone: 135 events over the century, room for none of their labels.
		const many = Array.from({ length: 135 }, (_, i) => mark(`e${i}`, 1921 + (i * 100) / 135));
		const scale = timeScale([1921, 2022], 350);
		const { clusters } = layoutMarks(many, scale, 350, { ...options, lanes: 0, maxClusterWidth: 88 });
		expect(clusters.length).toBeGreaterThanOrEqual(4);
		expect(clusters.flatMap((c) => c.ids)).toHaveLength(135);
		for (const [i, c] of clusters.entries()) {
			expect(c.x1 - c.x0).toBeLessThanOrEqual(88);
			if (i > 0) expect(c.x0).toBeGreaterThanOrEqual(clusters[i - 1].x1);
			expect(c.span[1] - c.span[0]).toBeLessThan(30);
		}
		// As drawn (at least "+N" wide, kept on the chart), no pill touches the next.
		const boxes = clusters.map((c) => clusterBox(c, options.fontSize, 350));
		for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1]);
		// A long event (1939–1946) among them does not push the later pills off their dates.
		const withLong = [...many, { ...mark('long', 1939), span: [1939, 1946] as [number, number] }].sort(
			(a, b) => a.span[0] - b.span[0]
		);
		const split = layoutMarks(withLong, scale, 350, { ...options, lanes: 0, maxClusterWidth: 88 }).clusters;
		for (const c of split) {
			const firstStart = Math.min(...c.ids.map((id) => withLong.find((m) => m.id === id)!.span[0]));
			expect(Math.abs(c.x0 - scale(firstStart)), c.ids[0]).toBeLessThan(1);
		}
		// Without the limit it is one cluster over the whole century.
		expect(layoutMarks(many, scale, 350, { ...options, lanes: 0 }).clusters).toHaveLength(1);
	});
});

describe('densityByYear()', () => {
	it('counts each event in every year it touches', () => {
		expect(
			densityByYear([{ span: [1935.2, 1935.3] }, { span: [1935.9, 1936.1] }, { span: [1936, 1937] }], [1935, 1938])
		).toEqual([2, 2, 0]);
	});
});

describe('estimateTextWidth()', () => {
	it('counts Han characters as one em and Latin as about half', () => {
		expect(estimateTextWidth('江竹筠', 16)).toBe(48);
		expect(estimateTextWidth('abcd', 10)).toBeCloseTo(22);
	});
});

describe('fitLabel()', () => {
	it('keeps a label that fits and cuts one that does not, ending in an ellipsis', () => {
		expect(fitLabel('江竹筠', 30, 10)).toBe('江竹筠');
		expect(fitLabel('一个较长的事件标题', 50, 10)).toBe('一个较长…');
	});
});

describe('withoutSubject()', () => {
	const zhao = { zh: '赵一曼', en: 'Zhao Yiman' };

	it('withoutSubject() drops the name a title begins with where what follows is what she did', () => {
		const joins = { zh: '赵一曼在宜宾加入中国共产党', en: 'Zhao Yiman joins the Communist Party of China in Yibin' };
		expect(withoutSubject(joins, zhao, 'zh')).toBe('在宜宾加入中国共产党');
		expect(withoutSubject(joins, zhao, 'en')).toBe('Joins the Communist Party of China in Yibin');
		const captured = { zh: '赵一曼负伤昏迷被俘', en: 'Zhao Yiman is wounded and captured' };
		expect(withoutSubject(captured, zhao, 'en')).toBe('Wounded and captured');
	});

	it('withoutSubject() keeps the name where others share the sentence, it is possessive, or it is not at the start', () => {
		const keep = [
			[
				{ zh: '张露萍等七人在息烽快活岭遇害', en: 'Zhang Luping and six comrades killed at Kuaihuoling, Xifeng' },
				'张露萍',
				'Zhang Luping'
			],
			[
				{ zh: '李伯钊编剧的歌剧《长征》在北京公演', en: "Li Bozhao's opera The Long March opens in Beijing" },
				'李伯钊',
				'Li Bozhao'
			],
			[
				{ zh: '黎洁霜一家四口在白公馆附近遇害', en: 'Li Jieshuang and her family killed near Baigongguan' },
				'黎洁霜',
				'Li Jieshuang'
			],
			[{ zh: '金刚坡发现杨汉秀遗骸', en: "Yang Hanxiu's remains found at Jingangpo" }, '杨汉秀', 'Yang Hanxiu'],
			[
				{ zh: '秦德君被开除后经重庆走出四川', en: 'Expelled in Chengdu, Qin Dejun leaves Sichuan' },
				'秦德君',
				'Qin Dejun'
			]
		] as const;
		for (const [title, zh, en] of keep) {
			expect(withoutSubject(title, { zh, en }, 'zh')).toBe(title.zh);
			expect(withoutSubject(title, { zh, en }, 'en')).toBe(title.en);
		}
	});
});
