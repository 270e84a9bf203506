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
 * Characters written only in traditional Chinese, and only in simplified Chinese: common ones whose other form
 * differs. Characters both scripts use (后, 干, 制, 志, 台 …) are in neither list.
 */
const TRADITIONAL_ONLY = new Set(
	'們國學這個來時為說會過對與開關電東車長門問間頭馬魚鳥書見貝話語讀寫記認識義務員運動黨婦華歲歷紀館線軍戰爭陣隊團結傳幹億產業藝術體髮風飛機幾點當實現發達進區縣鄉鎮農廠職範協權經濟銀錢錄歸鐵廣場紅綠藍變幫島聲響營養醫療兒親愛請謝讓議論證據設計劃選舉緊張積極檔獎滿聯領導總統縱離羅蘭蘇聽亂殺勝敗壓應該擔憂辦處將專尋屬顯類顧須頓預頒題額願葉邊遠遷還鄧鄭劉陳陽陰隨險雙雜雞難雲靈韓頁順項頻飯驗驚鬥鬧魯鮮鳳鴻鹽麗麥黃齊齡龍龜約級紙紛細終組絕絲綜網維綱緒編緣織繼續罷習聖聞聰肅脫腦臉臺興舊艦號虧衛衝補裝製複襲規視覺觀觸訂訊討訓訪許訴診評詞試詩詳誌誕誠誤誰課調談諸講謀譜譯護讚豐貞負財貢貧貨販貪責貴買費貿資賓賞賢賣質購趕趙跡踐軌軟載輕輩輪輯輸轉辭違遙適遺郵鄒釋針鋼錯鍵鏡鐘閒閣闡階際隱雖靜顏餘饑駐鳴'
);
const SIMPLIFIED_ONLY = new Set(
	'们国学这个来时为说会过对与开关电东车长门问间头马鱼鸟书见贝话语读写记认识义务员运动党妇华岁历纪馆线军战争阵队团结传亿产业艺术体发风飞点当实现达进区县乡镇农厂职协权经济银钱录归铁广场红绿蓝变帮岛声响营养医疗儿亲爱请谢让议论证据设计选举紧张积极档奖满联领导总统纵离罗兰苏听乱杀败压应该担忧办处将专寻属显类顾须顿预颁题额愿边远迁还邓郑刘陈阳阴随险双杂鸡难灵韩页顺项频饭验惊闹鲁鲜凤鸿盐丽麦黄齐龄龙龟约级纸纷细终组绝丝综网维纲绪编缘织继续罢习圣闻聪肃脱脑脸兴旧舰号亏卫补装复袭规视觉观触订讯讨训访许诉诊评词试诗详诞诚误谁课调谈诸讲谋谱译护赞贞负财贡贫货贩贪责贵买费贸资宾赏贤卖质购赶赵践轨软载轻辈轮辑输转辞违遥适遗邮邹释针钢错键镜钟闲阁阐阶际隐虽静颜饿驻鸣'
);

/**
 * The language of a piece of text that may be in either language (source titles, names), so screen readers switch
 * voice and the browser picks the right glyphs (REQUIREMENTS A-02): Han characters mean Chinese, traditional when
 * it has more traditional-only characters than simplified-only ones (a majority, since a few simplified forms, such
 * as 党 or 愿, also exist as rare traditional characters); otherwise English.
 * @example scriptLang('母親和兒女們一起前進') // "zh-Hant"
 */
export function scriptLang(text: string): 'zh-Hans' | 'zh-Hant' | 'en' {
	if (!/[\u3400-\u9fff]/.test(text)) return 'en';
	let balance = 0;
	for (const char of text) balance += TRADITIONAL_ONLY.has(char) ? 1 : SIMPLIFIED_ONLY.has(char) ? -1 : 0;
	return balance > 0 ? 'zh-Hant' : 'zh-Hans';
}

/** Punctuation that differs between the languages: full-width in Chinese (GB/T 15834), ASCII plus space in English. */
export const punctuation = {
	zh: { colon: '：', comma: '，', enumeration: '、', semicolon: '；', stop: '。' },
	en: { colon: ': ', comma: ', ', enumeration: ', ', semicolon: '; ', stop: '.' }
} as const;
