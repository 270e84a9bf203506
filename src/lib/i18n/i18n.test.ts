import { describe, expect, it } from 'vitest';
import zh from '../../../messages/zh.json';
import en from '../../../messages/en.json';
import { htmlLang, langFromParam, langFromPath, localizePath, scriptLang, switchLanguage, t } from './index';

describe('messages', () => {
	it('has the same keys in zh.json and en.json, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe('');
	});

	it('t() fills in parameters', () => {
		expect(t('zh', 'eventCount', { count: 3 })).toBe('3个事件');
		expect(t('en', 'eventCount', { count: 3 })).toBe('3 events');
		expect(t('en', 'eventCount', { count: 1 })).toBe('1 event');
		expect(t('zh', 'eventCount', { count: 1 })).toBe('1个事件');
	});

	it('has a singular for every English count that can be 1 ("Showing 1 event", not "1 events")', () => {
		// These count what is always two or more: a cluster, the versions of a dispute, a quiz set.
		const neverOne = [
			'tlCluster',
			'mapCluster',
			'disputeVariantCount',
			'disputeVariantCountPrint',
			'quizCount',
			'tourPosition'
		];
		const plural = Object.entries(en).filter(
			([key, text]) => /\{count\} [a-z]+s\b/.test(text) && !key.endsWith('_one') && !neverOne.includes(key)
		);
		expect(plural.length).toBeGreaterThan(10);
		expect(plural.filter(([key]) => !(`${key}_one` in en)).map(([key]) => key)).toEqual([]);
	});
});

describe('paths and languages', () => {
	it.each([
		{ path: '/', lang: 'zh', other: '/en/' },
		{ path: '/figures/zhao-yiman/', lang: 'zh', other: '/en/figures/zhao-yiman/' },
		{ path: '/en/', lang: 'en', other: '/' },
		{ path: '/en/map/', lang: 'en', other: '/map/' }
	])('switchLanguage("$path") keeps the reader on the same page', ({ path, lang, other }) => {
		expect(langFromPath(path)).toBe(lang);
		expect(switchLanguage(path)).toBe(other);
		expect(switchLanguage(other)).toBe(path);
	});

	it('puts English under /en/ and uses zh-Hans, not zh-CN', () => {
		expect(localizePath('/map/', 'en')).toBe('/en/map/');
		expect(localizePath('/map/', 'zh')).toBe('/map/');
		expect(htmlLang('zh')).toBe('zh-Hans');
		expect(langFromPath('/english/')).toBe('zh');
	});

	it('scriptLang() tells Chinese from English text, and traditional from simplified characters', () => {
		expect(scriptLang('人民日报')).toBe('zh-Hans');
		expect(scriptLang('Wikipedia')).toBe('en');
		// Source titles as cited: a Hong Kong paper, a Taiwan-style repost, and a simplified title with shared characters.
		expect(scriptLang('東方日報')).toBe('zh-Hant');
		expect(scriptLang('被捕時受致命傷 日文檔案曝光烈士趙一曼被審訊細節')).toBe('zh-Hant');
		expect(scriptLang('ourchinastory.com（中國故事）')).toBe('zh-Hant');
		expect(scriptLang('赵一曼与妇女解放')).toBe('zh-Hans');
		expect(scriptLang('红岩村')).toBe('zh-Hans');
		// Only characters both scripts share: simplified, the exhibition's own script.
		expect(scriptLang('中共中央南方局')).toBe('zh-Hans');
		// A simplified text quoting an old title in traditional characters stays simplified…
		expect(scriptLang('《婦女雜誌》与四川的妇女运动')).toBe('zh-Hans');
		// …and characters both scripts write (誓, 迹) or rare traditional ones (党) do not tip a traditional text.
		expect(scriptLang('誓死保衛國家')).toBe('zh-Hant');
		expect(scriptLang('趙一曼烈士事迹')).toBe('zh-Hant');
		expect(scriptLang('國民黨與共產党')).toBe('zh-Hant');
	});
});

describe('langFromParam', () => {
	it('reads the optional [[lang]] route segment: "en", or absent for Chinese', () => {
		expect(langFromParam('en')).toBe('en');
		expect(langFromParam(undefined)).toBe('zh');
	});
});
