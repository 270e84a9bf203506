import type { Content } from '$lib/content/check';
import type { Localized, Source } from '$lib/content/schema';
import type { Lang } from '$lib/i18n';
import { shownSource } from './shown';

type SourceKind = Source['kind'];

export interface BibliographyEntry {
	source: Source;
	/** Where the source is cited: a page path without language prefix, and its title. */
	usedIn: { path: string; title: Localized }[];
}

/** A source's identity: the page read, or for a book or archive its title and publisher. */
const keyOf = (s: Source) => s.url ?? `${s.title}|${s.publisher}`;

/**
 * Every source in the content, once, with the records that cite it; sorted by publisher then title as the page
 * shows them (English pages show most publishers in English).
 * @example bibliography(content, 'zh')[0] // { source: {…}, usedIn: [{ path: '/figures/zhao-yiman/', title: {…} }] }
 */
export function bibliography(content: Content, lang: Lang): BibliographyEntry[] {
	const entries = new Map<string, BibliographyEntry>();
	const cite = (source: Source, path: string, title: Localized) => {
		const entry = entries.get(keyOf(source)) ?? { source, usedIn: [] };
		if (!entry.usedIn.some((u) => u.path === path)) entry.usedIn.push({ path, title });
		entries.set(keyOf(source), entry);
	};
	const datesOf = (d: { variants?: { sources: Source[] }[] } | undefined) =>
		d?.variants?.flatMap((v) => v.sources) ?? [];

	const home = { zh: '首页', en: 'Home' };
	content.site.sources.forEach((s) => cite(s, '/', home));
	for (const era of content.eras) era.sources?.forEach((s) => cite(s, `/eras/${era.id}/`, era.title));
	for (const chapter of content.chapters) {
		const era = content.eras.find((e) => e.id === chapter.era);
		[...chapter.zh.sources, ...chapter.en.sources].forEach((s) =>
			cite(s, `/eras/${chapter.era}/`, era?.title ?? { zh: chapter.zh.title, en: chapter.en.title })
		);
	}
	for (const event of content.events) {
		const path = `/events/${event.id}/`;
		[...event.sources, ...datesOf(event.date), ...datesOf(event.endDate)].forEach((s) => cite(s, path, event.title));
	}
	for (const figure of content.figures) {
		const path = `/figures/${figure.id}/`;
		const title = { zh: figure.name.zh, en: figure.name.en };
		[...figure.sources, ...datesOf(figure.birth.date), ...datesOf(figure.death?.date)].forEach((s) =>
			cite(s, path, title)
		);
	}
	for (const term of content.glossary)
		term.sources.forEach((s) => cite(s, `/glossary/#${term.id}`, { zh: term.term.zh, en: term.term.en }));
	const map = { zh: '地图', en: 'Map' };
	for (const period of content.administration) period.sources.forEach((s) => cite(s, '/map/', map));
	for (const place of content.places) {
		const now = place.names[place.names.length - 1];
		cite(place.coordinates.source, `/map/?place=${place.id}`, { zh: now.zh, en: now.en });
	}
	const shown = new Map([...entries.values()].map((entry) => [entry, shownSource(entry.source, lang)]));
	return [...entries.values()].sort((a, b) => {
		const [x, y] = [shown.get(a)!, shown.get(b)!];
		return x.publisher.text.localeCompare(y.publisher.text, lang) || x.title.text.localeCompare(y.title.text, lang);
	});
}

/** The bibliography's parts, one page each, from the sources a reader can weigh most directly to the rest. */
const bibliographyParts = ['official', 'books', 'encyclopedias', 'news', 'articles'] as const;

export type BibliographyPartId = (typeof bibliographyParts)[number];

/** A source's kind decides its part, so each source is in one part; a kind added to the schema must be placed here. */
const partOfKind: Record<SourceKind, BibliographyPartId> = {
	'official-biography': 'official',
	government: 'official',
	memorial: 'official',
	book: 'books',
	archive: 'books',
	encyclopedia: 'encyclopedias',
	news: 'news',
	article: 'articles'
};

export interface BibliographyPart {
	id: BibliographyPartId;
	/** The number of its first source: parts are numbered on from the one before. */
	first: number;
	entries: BibliographyEntry[];
}

/**
 * The bibliography split into its parts, in order, each sorted as `bibliography` sorts; a part without sources is
 * left out (it gets no page). Numbers follow this language's order, as the page shows it.
 * @example bibliographyByPart(content, 'zh')[1] // { id: 'books', first: 35, entries: [ … ] }
 */
export function bibliographyByPart(content: Content, lang: Lang): BibliographyPart[] {
	const all = bibliography(content, lang);
	let first = 1;
	return bibliographyParts.flatMap((id) => {
		const entries = all.filter((entry) => partOfKind[entry.source.kind] === id);
		if (entries.length === 0) return [];
		const part = { id, first, entries };
		first += entries.length;
		return [part];
	});
}
