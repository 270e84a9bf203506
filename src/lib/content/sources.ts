/**
 * How the checker and the report judge sources: which of them are independent of each other, and which are
 * cited with a title or publisher the curators could not confirm.
 */
import type { Source } from './schema';

/** Markers curators write into a title or publisher they could not confirm (原题未能确认, 出版者未详 …). */
const UNCONFIRMED = /未详|不详|未能确认|不明/u;
const HAN = /\p{Script=Han}/u;

/** Whether a title is the curators' description of a work whose title they do not know (it carries a marker). */
export const isDescribedTitle = (title: string) => UNCONFIRMED.test(title);

/**
 * Whether English pages need an English version of a citation field (`titleEn`, `publisherEn`, `viaEn`): a title
 * that is the curators' description (「（原标题不详）关于张露萍生平的期刊文章」), and any publisher or `via` with Chinese
 * in it (「人民日报」, 「fx361.cc（期刊转载）」). An original title stays in its own words.
 */
export function needsEnglish(field: 'title' | 'publisher' | 'via', text: string): boolean {
	return field === 'title' ? isDescribedTitle(text) : HAN.test(text);
}

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

/** Whether a source's title or publisher is marked as not confirmed: a citation a reader cannot look up. */
export function isUnconfirmed(source: Source): boolean {
	return UNCONFIRMED.test(source.title) || UNCONFIRMED.test(source.publisher);
}

/**
 * Who stands behind a source. Two sources from the same publisher count as one origin; when the publisher is
 * unknown, the author (or failing that the title) tells origins apart, so that two reposts of one article on
 * different mirror sites still count once (they keep the original's title).
 */
function sourceOrigin(source: Source): string {
	if (!UNCONFIRMED.test(source.publisher)) return `publisher:${normalise(source.publisher)}`;
	if (source.author) return `author:${normalise(source.author)}`;
	return `title:${normalise(source.title)}`;
}

/**
 * The number of independent sources: distinct origins, and distinct titles, since one article reposted under
 * another site's name is still one source. Encyclopedia entries are exempt from the title rule: two
 * encyclopedias' entries on 陈书舫 share her name as their title but are separate works. A source that confirms only
 * the setting (`settingOnly`: the occasion, not the person) corroborates nothing the record says of its people.
 */
export function independentCount(sources: readonly Source[]): number {
	const origins = new Set<string>();
	const titles = new Set<string>();
	let count = 0;
	for (const source of sources) {
		if (source.settingOnly) continue;
		const origin = sourceOrigin(source);
		const title = source.kind === 'encyclopedia' ? `${origin}|${source.title}` : normalise(source.title);
		if (origins.has(origin) || titles.has(title)) continue;
		origins.add(origin);
		titles.add(title);
		count++;
	}
	return count;
}
