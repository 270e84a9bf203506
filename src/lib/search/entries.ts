/**
 * What the site search looks through, built once at build time into /data/search/{zh,en}.json: every event, figure,
 * place, glossary term, era and tour, in one language, with the words that should find it.
 */
import type { Content } from '$lib/content/check';
import { formatDate, formatSpan, formatYearSpan, plainDate } from '$lib/format/dates';
import type { Lang } from '$lib/i18n';
import { currentName } from '$lib/places/names';

export const KINDS = ['event', 'figure', 'place', 'term', 'era', 'tour'] as const;
export type SearchKind = (typeof KINDS)[number];

export interface SearchEntry {
	kind: SearchKind;
	/** The page, without the language prefix: "/events/marriage-law-1950/", "/map/?place=yibin". */
	path: string;
	title: string;
	/** Shown beside the title: a date, a life span, today's name. */
	meta: string;
	/** The language of `meta` when it is not the page's (a term's pinyin on the Chinese page). */
	metaLang?: string;
	/** The text shown around a match: a summary, a definition. */
	text: string;
	/** Words that find the entry without being shown: other names, pinyin, the places and people of an event. */
	keys: string[];
	/** Among equally good matches, higher comes first (an event chapters and tours rely on). */
	weight: number;
}

/** What /data/search/{zh,en}.json holds (src/lib/server/search-index.ts). */
export interface SearchFile {
	entries: SearchEntry[];
	/** Traditional characters the query may use, each followed by its simplified form: "趙赵後后…". */
	simplified: string;
}

/** A place's names, then and now, in one language: what happened there is found by any of them. */
const placeNames = (content: Content, id: string, lang: Lang) =>
	content.places.find((p) => p.id === id)?.names.map((n) => n[lang]) ?? [];

export function searchEntries(content: Content, lang: Lang): SearchEntry[] {
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	const keyEvents = new Set(content.keyEvents);
	const figureName = (id: string) => {
		const figure = content.figures.find((f) => f.id === id);
		return figure ? [figure.name.zh, figure.name.pinyin, figure.name.en] : [];
	};

	const events = content.events.map((e): SearchEntry => ({
		kind: 'event',
		path: `/events/${e.id}/`,
		title: e.title[lang],
		meta: formatDate(plainDate(e.date), lang),
		text: e.summary[lang],
		keys: [
			// A year finds what happened in it ("1950", "1950年").
			String(e.date.year),
			`${e.date.year}年`,
			e.title[other],
			...e.places.flatMap((id) => placeNames(content, id, lang)),
			...e.figures.flatMap(figureName)
		],
		weight: keyEvents.has(e.id) ? 1 : 0
	}));
	const figures = content.figures.map((f): SearchEntry => ({
		kind: 'figure',
		path: `/figures/${f.id}/`,
		title: lang === 'zh' ? f.name.zh : f.name.en,
		meta: formatSpan(plainDate(f.birth.date), f.death && plainDate(f.death.date), lang),
		text: f.summary[lang],
		keys: [
			f.name.zh,
			f.name.pinyin,
			f.name.en,
			...(f.otherNames ?? []).flatMap((n) => [n.zh, n.pinyin ?? '', n.en ?? '']),
			...f.roles.map((r) => r[lang])
		].filter(Boolean),
		weight: 2
	}));
	const places = content.places.map((p): SearchEntry => {
		const now = currentName(p)[lang];
		const earlier = p.names.slice(0, -1).map((n) => n[lang]);
		return {
			kind: 'place',
			path: `/map/?place=${p.id}`,
			title: now,
			meta: p.prefecture[lang] === now ? '' : p.prefecture[lang],
			text: earlier.join(lang === 'zh' ? '、' : ', '),
			keys: p.names.flatMap((n) => [n.zh, n.en]),
			weight: 0
		};
	});
	const terms = content.glossary.map((g): SearchEntry => ({
		kind: 'term',
		path: `/glossary/#${g.id}`,
		title: lang === 'zh' ? g.term.zh : g.term.en,
		meta: lang === 'zh' ? g.term.pinyin : g.term.zh,
		metaLang: lang === 'zh' ? 'zh-Latn-pinyin' : 'zh-Hans',
		text: g.definition[lang],
		keys: [g.term.zh, g.term.pinyin, g.term.en, ...(g.aliases ?? []).flatMap((a) => [a.zh, a.en ?? ''])].filter(
			Boolean
		),
		weight: 1
	}));
	const eras = content.eras.map((e): SearchEntry => ({
		kind: 'era',
		path: `/eras/${e.id}/`,
		title: e.title[lang],
		meta: formatYearSpan(e.start, e.end, lang),
		text: e.summary[lang],
		keys: [e.title[other]],
		weight: 1
	}));
	const tours = content.tours.map((tour): SearchEntry => ({
		kind: 'tour',
		path: `/tours/${tour.slug}/`,
		title: tour[lang].title,
		meta: tour[lang].audience,
		text: tour[lang].summary,
		keys: [tour[other].title],
		weight: 1
	}));
	return [...figures, ...eras, ...tours, ...terms, ...events, ...places];
}
