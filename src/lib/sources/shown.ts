/**
 * What a citation shows in each language. Original titles and publishers stay in their own words on every page,
 * tagged with their language; the curators' own Chinese (a description where the title is unknown, a note on the
 * copy that was read) is shown in English on English pages.
 */
import type { Source } from '$lib/content/schema';
import { isDescribedTitle } from '$lib/content/sources';
import { scriptLang, type Lang } from '$lib/i18n';

export interface ShownText {
	text: string;
	lang: string;
}

/** A piece of shown text; `lang` is set on Chinese inside English ("Hongyan chunqiu (红岩春秋)"). */
export interface Run {
	text: string;
	lang?: string;
}

const CHINESE_RUN = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/u;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * English text cut where Chinese begins and ends, so that each Chinese run can carry its own `lang` (a screen
 * reader then reads it with a Chinese voice, and the browser picks a Chinese font). Other text is one run.
 */
export function runs({ text, lang }: ShownText): Run[] {
	if (lang !== 'en' || !HAN.test(text)) return [{ text }];
	return text
		.split(CHINESE_RUN)
		.filter(Boolean)
		.map((part) => (HAN.test(part) ? { text: part, lang: scriptLang(part) } : { text: part }));
}

export interface ShownSource {
	title: ShownText;
	/** A translation of an original title, shown after it in brackets (English pages only). */
	translation?: string;
	publisher: ShownText;
	via?: ShownText;
}

const english = (text: string): ShownText => ({ text, lang: 'en' });
const original = (text: string, lang?: string): ShownText => ({ text, lang: lang ?? scriptLang(text) });

export function shownSource(source: Source, lang: Lang): ShownSource {
	const en = lang === 'en';
	const described = isDescribedTitle(source.title);
	return {
		title: en && described && source.titleEn ? english(source.titleEn) : original(source.title, source.titleLang),
		translation: en && !described ? source.titleEn : undefined,
		publisher: en && source.publisherEn ? english(source.publisherEn) : original(source.publisher),
		via: source.via === undefined ? undefined : en && source.viaEn ? english(source.viaEn) : original(source.via)
	};
}

/**
 * A source with only the fields its citation shows in one language, for pages that send every source to the browser
 * (the bibliography): the Chinese page needs no English, the English page not the Chinese that English replaces.
 */
export function sourceFor(source: Source, lang: Lang): Source {
	const { titleEn, publisherEn, viaEn, ...rest } = source;
	if (lang === 'zh') return rest;
	return {
		...rest,
		...(titleEn === undefined ? {} : { titleEn }),
		...(publisherEn === undefined ? {} : { publisher: '', publisherEn }),
		...(viaEn === undefined ? {} : { via: '', viaEn })
	};
}
