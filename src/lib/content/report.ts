/**
 * The curators' report (`npm run report:content`): counts by era, theme, source kind and region, and the
 * records that need attention — single-sourced, disputed, untranslated, or outside the length guidelines.
 */
import type { Content } from './check';
import type { HistoricDate, Localized, Source } from './schema';
import { independentCount, isUnconfirmed } from './sources';

export interface ContentReport {
	totals: Record<string, number>;
	eventsByEra: Record<string, number>;
	eventsByTheme: Record<string, number>;
	sourcesByKind: Record<string, number>;
	placesByRegion: Record<string, number>;
	/** Records with fewer than two independent sources (reposts of one article count once). */
	singleSource: string[];
	/** The events a chapter or tour relies on, with their number of independent sources. */
	keyEvents: string[];
	/** Sources cited with a title or publisher marked as not confirmed (未详, 原题未能确认 …). */
	unconfirmedSources: string[];
	/** Key events and figures with fewer than two independent sources whose title and publisher are confirmed. */
	fewConfirmed: string[];
	/** The other events in the same state: the work list for curators looking for better sources. */
	otherFewConfirmed: string[];
	disputes: string[];
	untranslated: string[];
	lengthWarnings: string[];
	figuresWithFewEvents: string[];
}

/** Records with fewer than two independent sources whose title and publisher are confirmed, with their count. */
function fewConfirmed(records: [label: string, sources: Source[]][]): string[] {
	return records
		.map(([label, sources]) => ({ label, n: independentCount(sources.filter((s) => !isUnconfirmed(s))) }))
		.filter(({ n }) => n < 2)
		.map(({ label, n }) => `${label} (${n} confirmed)`);
}

const HAN = /[\u3400-\u9fff]/gu;
const hanCount = (text: string) => text.match(HAN)?.length ?? 0;

/** English that is missing, copied from the Chinese, or mostly Han characters has not been translated. */
export function isUntranslated(text: Localized): boolean {
	const en = text.en.trim();
	return en === '' || en === text.zh.trim() || hanCount(en) > en.length * 0.3;
}

function tally<T>(items: T[], key: (item: T) => string | string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) for (const k of [key(item)].flat()) counts[k] = (counts[k] ?? 0) + 1;
	return counts;
}

/** Every { zh, en } pair inside a record, with its path, e.g. "events/x.summary". */
function localizedFields(value: unknown, path: string): [string, Localized][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => localizedFields(v, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	if (
		typeof record.zh === 'string' &&
		typeof record.en === 'string' &&
		keys.every((k) => ['zh', 'en', 'pinyin', 'from', 'to'].includes(k))
	) {
		return [[path, record as unknown as Localized]];
	}
	return keys.flatMap((k) => localizedFields(record[k], `${path}.${k}`));
}

function checkLength(warnings: string[], label: string, text: string, min: number, max: number) {
	const n = hanCount(text);
	if (n < min || n > max) warnings.push(`${label}: ${n} Chinese characters (guideline ${min}–${max})`);
}

export function contentReport(content: Content): ContentReport {
	const { events, figures, places, eras, themes, chapters, glossary } = content;
	const allSources: Source[] = [
		...events.flatMap((e) => e.sources),
		...glossary.flatMap((g) => g.sources),
		...figures.flatMap((f) => f.sources),
		...places.map((p) => p.coordinates.source),
		...eras.flatMap((e) => e.sources ?? []),
		...chapters.flatMap((c) => [...c.zh.sources, ...c.en.sources]),
		...content.site.sources
	];
	const uniqueSources = new Map(allSources.map((s) => [s.url ?? `${s.title}|${s.publisher}`, s]));

	const disputes: string[] = [];
	const noteDispute = (label: string, date: HistoricDate | undefined) => {
		if (date?.variants)
			disputes.push(
				`${label}: ${date.variants.map((v) => (v.used ? `[${v.value.value}]` : v.value.value)).join(' / ')}`
			);
	};
	events.forEach((e) => (noteDispute(`events/${e.id} date`, e.date), noteDispute(`events/${e.id} endDate`, e.endDate)));
	figures.forEach(
		(f) => (noteDispute(`figures/${f.id} birth`, f.birth.date), noteDispute(`figures/${f.id} death`, f.death?.date))
	);

	const records: [string, unknown][] = [
		...events.map((e): [string, unknown] => [`events/${e.id}`, e]),
		...figures.map((f): [string, unknown] => [`figures/${f.id}`, { ...f, name: undefined }]),
		...places.map((p): [string, unknown] => [`places/${p.id}`, p]),
		...eras.map((e): [string, unknown] => [`eras/${e.id}`, e]),
		...themes.map((t): [string, unknown] => [`themes/${t.id}`, t]),
		...glossary.map((g): [string, unknown] => [`glossary/${g.id}`, { ...g, term: { zh: g.term.zh, en: g.term.en } }])
	];
	const untranslated = records
		.flatMap(([path, record]) => localizedFields(record, path))
		.filter(([, text]) => isUntranslated(text))
		.map(([path]) => path);

	const keys = new Set(content.keyEvents);
	const lengthWarnings: string[] = [];
	events.forEach((e) => checkLength(lengthWarnings, `events/${e.id} summary`, e.summary.zh, 60, 200));
	figures.forEach((f) => {
		checkLength(lengthWarnings, `figures/${f.id} summary`, f.summary.zh, 150, 400);
		checkLength(lengthWarnings, `figures/${f.id} biography`, f.biography.zh, 600, 1500);
	});
	chapters.forEach((c) => checkLength(lengthWarnings, `chapters/${c.slug}`, c.zh.body, 600, 1200));

	return {
		totals: {
			eras: eras.length,
			chapters: chapters.length,
			events: events.length,
			figures: figures.length,
			places: places.length,
			themes: themes.length,
			glossary: glossary.length,
			sources: uniqueSources.size
		},
		eventsByEra: Object.fromEntries(eras.map((era) => [era.id, content.indexes.eventsByEra[era.id]?.length ?? 0])),
		eventsByTheme: tally(events, (e) => e.themes),
		sourcesByKind: tally([...uniqueSources.values()], (s) => s.kind),
		placesByRegion: tally(places, (p) => p.region),
		singleSource: [
			...events
				.filter((e) => independentCount(e.sources) < 2)
				.map((e) => `events/${e.id}${e.singleSource ? ' (caution shown to readers)' : ''}`),
			...figures.filter((f) => independentCount(f.sources) < 2).map((f) => `figures/${f.id}`)
		],
		keyEvents: [...keys].map((id) => {
			const event = events.find((e) => e.id === id);
			const count = event ? independentCount(event.sources) : 0;
			return `events/${id} (${count} independent source${count === 1 ? '' : 's'})`;
		}),
		fewConfirmed: fewConfirmed([
			...events.filter((e) => keys.has(e.id)).map((e): [string, Source[]] => [`events/${e.id}`, e.sources]),
			...figures.map((f): [string, Source[]] => [`figures/${f.id}`, f.sources])
		]),
		otherFewConfirmed: fewConfirmed(
			events.filter((e) => !keys.has(e.id)).map((e): [string, Source[]] => [`events/${e.id}`, e.sources])
		),
		unconfirmedSources: [...uniqueSources.values()]
			.filter(isUnconfirmed)
			.map((s) => `${s.title} — ${s.publisher}${s.url ? ` <${s.url}>` : ''}`),
		disputes,
		untranslated,
		lengthWarnings,
		figuresWithFewEvents: figures
			.filter((f) => (content.indexes.eventsByFigure[f.id]?.length ?? 0) < 3)
			.map((f) => `figures/${f.id} (${content.indexes.eventsByFigure[f.id]?.length ?? 0} events)`)
	};
}
