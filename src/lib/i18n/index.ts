/**
 * Languages and UI strings. Chinese (zh-Hans) is served at the root (/map/), English under /en/ (/en/map/).
 * UI strings live in messages/{zh,en}.json; content text lives in data/ as { zh, en } pairs.
 */
import zh from '../../../messages/zh.json';
import en from '../../../messages/en.json';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof zh;

// Typed against the Chinese file: svelte-check fails if en.json lacks a key, and a test checks both ways.
const messages: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** @example t('zh', 'eventCount', { count: 3 }) // "3个事件" */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	// English needs a singular: "1 event". A key ending in _one is used when count is 1.
	const one = `${key}_one` as MessageKey;
	const template = params.count === 1 && one in messages[lang] ? messages[lang][one] : messages[lang][key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The BCP 47 tag for `<html lang>` and `lang` attributes: the script subtag, not a region (REQUIREMENTS A-02). */
export function htmlLang(lang: Lang): 'zh-Hans' | 'en' {
	return lang === 'zh' ? 'zh-Hans' : 'en';
}

/** The language of a route with the optional `[[lang=lang]]` segment: "en", or absent for Chinese. */
export function langFromParam(param: string | undefined): Lang {
	return param === 'en' ? 'en' : 'zh';
}

export function langFromPath(pathname: string): Lang {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** @example localizePath('/map/', 'en') // "/en/map/" */
export function localizePath(path: string, lang: Lang): string {
	return lang === 'en' ? `/en${path}` : path;
}

/** The same page in the other language. @example switchLanguage('/en/figures/zhao-yiman/') // "/figures/zhao-yiman/" */
export function switchLanguage(pathname: string): string {
	return langFromPath(pathname) === 'en' ? pathname.slice(3) || '/' : localizePath(pathname, 'en');
}

export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

/**
 * The language of a piece of text that may be in either script (source titles, names): Han characters mean
 * Chinese, otherwise English, so screen readers switch voice correctly (REQUIREMENTS A-02).
 */
export function scriptLang(text: string): 'zh-Hans' | 'en' {
	return /[\u3400-\u9fff]/.test(text) ? 'zh-Hans' : 'en';
}

/** Punctuation that differs between the languages: full-width in Chinese (GB/T 15834), ASCII plus space in English. */
export const punctuation = {
	zh: { colon: '：', comma: '，', enumeration: '、', semicolon: '；', stop: '。' },
	en: { colon: ': ', comma: ', ', enumeration: ', ', semicolon: '; ', stop: '.' }
} as const;
