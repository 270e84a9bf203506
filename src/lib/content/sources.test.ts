import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import { independentCount, isUnconfirmed } from './sources';

const source = (title: string, publisher: string, extra: Partial<Source> = {}): Source => ({
	title,
	publisher,
	accessed: '2026-11-30',
	kind: 'news',
	...extra
});

describe('independentCount()', () => {
	it('counts sources from different publishers', () => {
		expect(independentCount([source('赵一曼传', '人民网'), source('赵一曼', '新华网')])).toBe(2);
	});

	it('counts one publisher once, however many of its articles are cited', () => {
		expect(independentCount([source('甲', '云南网'), source('乙', '云南网')])).toBe(1);
	});

	it('counts an article and its repost under another name once', () => {
		expect(independentCount([source('江姐的故事', '重庆日报'), source('江姐的故事', '某转载网站')])).toBe(1);
	});

	it('tells two encyclopedias apart although both entries carry the person’s name', () => {
		const kind = 'encyclopedia' as const;
		expect(independentCount([source('陈书舫', '维基百科', { kind }), source('陈书舫', '戏曲百科', { kind })])).toBe(2);
	});

	it('tells papers of unknown journals apart by author', () => {
		const a = source('论文甲', '未详（学术期刊论文）', { author: '毕瑛涛' });
		const b = source('论文乙', '未详（学术期刊论文）', { author: '马建堂、刘长江' });
		expect(independentCount([a, b])).toBe(2);
		expect(independentCount([a, { ...a, title: '论文丙' }])).toBe(1);
	});

	it('does not count a source that confirms only the setting, not the person', () => {
		const note = { zh: '只证实大会的日期，未提及她。', en: 'Confirms only the date of the congress.' };
		const setting = source('大会开幕', '中国广播网', { settingOnly: true, note });
		expect(independentCount([source('女警入主席团', '新京报'), setting])).toBe(1);
	});
});

describe('isUnconfirmed()', () => {
	it.each([
		[source('（原标题不详）网易号文章', '网易号'), true],
		[source('关于婚姻法的论文（原题未能确认）', '期刊'), true],
		[source('革命从剪发开始', '未详（转载页）'), true],
		[source('赵一曼：甘将热血沃中华', '人民日报'), false]
	])('%o → %s', (s, expected) => {
		expect(isUnconfirmed(s)).toBe(expected);
	});
});
