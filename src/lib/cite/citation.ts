/**
 * "Cite this page" in three styles from one set of facts about the page (REQUIREMENTS C-01, C-02):
 * GB/T 7714-2015 for electronic resources ([EB/OL], with update and access dates), Chicago (17th, web page) and APA (7th).
 * Pure: the access date is passed in (the page uses the reader's today).
 */
import type { Lang } from '$lib/i18n';
import { MONTHS } from '$lib/format/dates';

export interface CitationFacts {
	/** Who is responsible for the page: the editors of the digital exhibition. */
	author: string;
	/** The page's own title: "赵一曼", "1950年《婚姻法》施行", "时间线（1930—1940年）". */
	title: string;
	/** The exhibition's title. */
	site: string;
	/** When the page's content last changed, YYYY-MM-DD. */
	modified: string;
	/** The public URL of exactly this view. */
	url: string;
	lang: Lang;
}

function longDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	return lang === 'zh' ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Ends a part with a full stop unless it already ends in punctuation. */
const stop = (text: string) => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

/**
 * @example gbt7714({ author: '编辑组', site: '巾帼心向党·百年正辉煌', title: '赵一曼', modified: '2026-11-30', url, lang: 'zh' }, '2026-12-01')
 * // '编辑组. 巾帼心向党·百年正辉煌: 赵一曼[EB/OL]. (2026-11-30)[2026-12-01]. https://…/figures/zhao-yiman/.'
 */
export function gbt7714(facts: CitationFacts, accessed: string): string {
	return `${stop(facts.author)} ${facts.site}: ${facts.title}[EB/OL]. (${facts.modified})[${accessed}]. ${facts.url}.`;
}

/** Chicago, web page: Author. "Title." Site. Last modified Date. URL. */
export function chicago(facts: CitationFacts): string {
	const modified =
		facts.lang === 'zh'
			? `最后修改于${longDate(facts.modified, 'zh')}`
			: `Last modified ${longDate(facts.modified, 'en')}`;
	return `${stop(facts.author)} “${stop(facts.title)}” ${stop(facts.site)} ${modified}. ${facts.url}.`;
}

/** APA 7, web page: Author. (Year, Month Day). Title. Site. URL (the title is set in italics where shown). */
export function apa(facts: CitationFacts): { before: string; title: string; after: string } {
	const [y, m, d] = facts.modified.split('-').map(Number);
	const date = facts.lang === 'zh' ? `${y}年${m}月${d}日` : `${y}, ${MONTHS[m - 1]} ${d}`;
	return {
		before: `${stop(facts.author)} (${date}). `,
		title: stop(facts.title),
		after: ` ${stop(facts.site)} ${facts.url}`
	};
}

export const apaText = (facts: CitationFacts) => Object.values(apa(facts)).join('');
