import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/content/schema';
import { runs, shownSource, sourceFor } from './shown';

const described: Source = {
	title: '（原标题不详）关于张露萍生平的期刊文章',
	titleEn: '(original title unknown) An article on the life of Zhang Luping',
	publisher: '未详（期刊文章转载页）',
	publisherEn: 'publisher unknown (periodical repost page)',
	via: 'fx361.cc（期刊转载）',
	viaEn: 'fx361.cc (periodical repost)',
	url: 'https://fx361.cc/x',
	accessed: '2026-11-30',
	kind: 'article'
};

const titled: Source = {
	title: '圆梦大凉山——记凉山历史上第一位彝族女教师阿角',
	titleEn: 'A dream come true in the Liangshan Mountains',
	publisher: '中国民族报',
	accessed: '2026-11-30',
	url: 'https://example.org/a',
	kind: 'news'
};

describe('shownSource', () => {
	it('shows the curators’ description, publisher and copy note in English on English pages', () => {
		const shown = shownSource(described, 'en');
		expect(shown.title).toEqual({ text: described.titleEn, lang: 'en' });
		expect(shown.publisher).toEqual({ text: described.publisherEn, lang: 'en' });
		expect(shown.via).toEqual({ text: 'fx361.cc (periodical repost)', lang: 'en' });
		expect(shown.translation).toBeUndefined();
	});

	it('shows the Chinese as written on Chinese pages', () => {
		const shown = shownSource(described, 'zh');
		expect(shown.title).toEqual({ text: described.title, lang: 'zh-Hans' });
		expect(shown.publisher.text).toBe('未详（期刊文章转载页）');
		expect(shown.via?.text).toBe('fx361.cc（期刊转载）');
	});

	it('keeps an original title in its own words, with its translation beside it on English pages only', () => {
		expect(shownSource(titled, 'en')).toMatchObject({
			title: { text: titled.title, lang: 'zh-Hans' },
			translation: titled.titleEn,
			publisher: { text: '中国民族报', lang: 'zh-Hans' }
		});
		expect(shownSource(titled, 'zh').translation).toBeUndefined();
	});

	it('keeps the stated language of a title whose characters cannot tell it', () => {
		const japanese: Source = {
			...titled,
			title: '中国、第7回「十大女傑」選挙終了',
			titleLang: 'ja',
			titleEn: undefined
		};
		expect(shownSource(japanese, 'en').title.lang).toBe('ja');
	});
});

describe('runs', () => {
	it('marks Chinese inside English text with its language, and leaves other text whole', () => {
		expect(runs({ text: 'Hongyan chunqiu (《红岩春秋》), 2017, no. 1', lang: 'en' })).toEqual([
			{ text: 'Hongyan chunqiu (' },
			{ text: '《红岩春秋》', lang: 'zh-Hans' },
			{ text: '), 2017, no. 1' }
		]);
		expect(runs({ text: 'People’s Daily', lang: 'en' })).toEqual([{ text: 'People’s Daily' }]);
		expect(runs({ text: '人民日报', lang: 'zh-Hans' })).toEqual([{ text: '人民日报' }]);
	});
});

describe('sourceFor', () => {
	it('keeps what each language shows, and a citation shown from it reads the same', () => {
		for (const lang of ['zh', 'en'] as const) {
			const trimmed = sourceFor(described, lang);
			expect(shownSource(trimmed, lang)).toEqual(shownSource(described, lang));
		}
		expect(sourceFor(described, 'zh')).not.toHaveProperty('publisherEn');
		expect(sourceFor(described, 'en').publisher).toBe('');
	});
});
