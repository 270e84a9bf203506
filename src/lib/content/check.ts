/**
 * The content checker: parses every file in data/, validates it against its schema, resolves every
 * cross-reference and builds the indexes the views need. Pure (no file system access), so the build-time
 * loader, `npm run check:data` and the tests all run exactly the same checks and print the same messages.
 */
import type { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { ChapterMeta, MARKUP, TourMeta, files as fileSchemas } from './schema';
import { independentCount } from './sources';
import type {
	AdminPeriod,
	Era,
	Figure,
	GlossaryTerm,
	Kiosk,
	Place,
	Site,
	Theme,
	TimelineEvent,
	TourStep
} from './schema';

export interface ContentError {
	/** Repository-relative path, e.g. "data/events.json". */
	file: string;
	/** JSON path inside the file, e.g. "events[12].places[0]"; empty for the whole file. */
	path: string;
	message: string;
}

export interface Indexes {
	eventsByFigure: Record<string, string[]>;
	eventsByPlace: Record<string, string[]>;
	eventsByEra: Record<string, string[]>;
	eventsByTheme: Record<string, string[]>;
	figuresByPlace: Record<string, string[]>;
	/** Glossary terms that explain each event, in glossary order. */
	termsByEvent: Record<string, string[]>;
}

/** An era's introduction, in both languages; `body` is the Markdown after the frontmatter. */
export interface Chapter {
	/** "01-revolution": the file name without language and extension; the number sets the order. */
	slug: string;
	era: string;
	zh: ChapterMeta & { body: string };
	en: ChapterMeta & { body: string };
}

/** A guided tour in both languages; the steps point at the same records in both. */
export interface Tour {
	/** "two-lives": the file name without number, language and extension; it is the URL. */
	slug: string;
	zh: z.output<typeof TourMeta> & { body: string };
	en: z.output<typeof TourMeta> & { body: string };
}

export interface Content {
	site: Site;
	/** The hall touchscreen's settings; absent when data/kiosk.json is (the kiosk then is not offered). */
	kiosk?: Kiosk;
	chapters: Chapter[];
	/** Guided tours, in the order of their file numbers. */
	tours: Tour[];
	themes: Theme[];
	eras: Era[];
	places: Place[];
	/** Administrative history for the map, in order of start. */
	administration: AdminPeriod[];
	/** In chronological order (events on the same date keep their order in the file). */
	events: TimelineEvent[];
	/** In order of birth. */
	figures: Figure[];
	/** The events the era chapters and the tours rely on (each has at least two independent sources). */
	keyEvents: string[];
	/** Glossary terms in the order of their Chinese reading (pinyin). */
	glossary: GlossaryTerm[];
	indexes: Indexes;
}

export interface CheckInput {
	/** File contents keyed by repository-relative path ("data/events.json", "data/figures/zhao-yiman.json"). */
	files: Record<string, string>;
	/** Whether a file exists under static/ (for media). */
	hasStaticFile: (path: string) => boolean;
}

export type CheckResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

export const DATA_FILES = {
	site: 'data/site.json',
	themes: 'data/themes.json',
	eras: 'data/eras.json',
	places: 'data/places.json',
	events: 'data/events.json',
	administration: 'data/administration.json',
	/** Optional: only a museum that runs the kiosk needs it. */
	kiosk: 'data/kiosk.json',
	/** Optional: hosts never to cite. */
	sourceHosts: 'data/source-hosts.json',
	/** Optional: short sourced explanations of terms, shown at /glossary/. */
	glossary: 'data/glossary.json'
} as const;
const FIGURE_FILE = /^data\/figures\/([^/]+)\.json$/;
const CHAPTER_FILE = /^data\/chapters\/((\d{2})-([a-z0-9-]+))\.(zh|en)\.md$/;
const TOUR_FILE = /^data\/tours\/(\d{2})-([a-z0-9-]+)\.(zh|en)\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** "data/events.json › events[12].places[0]: unknown place …" */
export function formatError({ file, path, message }: ContentError): string {
	return path ? `${file} › ${path}: ${message}` : `${file}: ${message}`;
}

/** @example formatPath(['events', 12, 'places', 0]) // "events[12].places[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/** Turns JSON.parse's "at position N" into a line and column a curator can find. */
function describeJsonError(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	if (!position) return `malformed JSON: ${message}`;
	const before = text.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `malformed JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

type Issue = z.core.$ZodIssue;

/** A zod union reports every branch; keep the branch that matches the kind of value the curator wrote. */
function unwrapUnion(issue: Issue): Issue[] {
	if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
	const branches = issue.errors.filter(
		(branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0)
	);
	const chosen = branches[0] ?? issue.errors[0];
	return chosen.flatMap((i) => unwrapUnion({ ...i, path: [...issue.path, ...i.path] } as Issue));
}

function describeIssue(issue: Issue, input: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			if (valueAt(input, issue.path) === undefined) return 'missing required field';
			return `must be ${article(issue.expected)}, not ${describeValue(valueAt(input, issue.path))}`;
		}
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against data/README.md)`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(valueAt(input, issue.path))}`;
		default:
			return issue.message;
	}
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return JSON.stringify(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function levenshtein(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The closest known id, for "did you mean …?": by edit distance, or by a shared word of the slug.
 * @example suggestId('chongqing-gele', ['gele-mountain', 'chengdu']) // "gele-mountain"
 */
export function suggestId(unknown: string, known: Iterable<string>): string | undefined {
	let best: { id: string; score: number } | undefined;
	const words = new Set(unknown.split('-').filter((w) => w.length > 2));
	for (const id of known) {
		const distance = levenshtein(unknown, id);
		const shared = id.split('-').filter((w) => words.has(w)).length;
		const score = shared > 0 ? Math.min(distance, 3 - shared) : distance;
		if (score <= Math.max(2, Math.floor(unknown.length / 4)) && (!best || score < best.score)) best = { id, score };
	}
	return best?.id;
}

/** Runs every check and returns either the resolved content or every error found (never just the first). */
export function checkContent({ files, hasStaticFile }: CheckInput): CheckResult {
	const errors: ContentError[] = [];

	function parseFile<S extends z.ZodType>(file: string, schema: S): z.output<S> | undefined {
		const text = files[file];
		if (text === undefined) {
			errors.push({ file, path: '', message: 'file is missing' });
			return undefined;
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			errors.push({ file, path: '', message: describeJsonError(text, error) });
			return undefined;
		}
		const result = schema.safeParse(json);
		if (result.success) return result.data;
		for (const issue of result.error.issues.flatMap(unwrapUnion)) {
			errors.push({ file, path: formatPath(issue.path), message: describeIssue(issue, json) });
		}
		return undefined;
	}

	// A file that fails to parse is reported once; references to its records are then not checked (they
	// would all be reported as unknown, burying the real problem).
	const site = parseFile(DATA_FILES.site, fileSchemas.site)?.site;
	const themes = parseFile(DATA_FILES.themes, fileSchemas.themes)?.themes;
	const eras = parseFile(DATA_FILES.eras, fileSchemas.eras)?.eras;
	const places = parseFile(DATA_FILES.places, fileSchemas.places)?.places;
	const eventsFile = parseFile(DATA_FILES.events, fileSchemas.events);
	const events = eventsFile?.events ?? [];
	const administration = parseFile(DATA_FILES.administration, fileSchemas.administration)?.periods ?? [];
	const kiosk =
		files[DATA_FILES.kiosk] === undefined ? undefined : parseFile(DATA_FILES.kiosk, fileSchemas.kiosk)?.kiosk;
	const glossary =
		files[DATA_FILES.glossary] === undefined ? [] : (parseFile(DATA_FILES.glossary, fileSchemas.glossary)?.terms ?? []);
	const blockedHosts =
		files[DATA_FILES.sourceHosts] === undefined
			? []
			: (parseFile(DATA_FILES.sourceHosts, fileSchemas.sourceHosts)?.blocked ?? []);

	const figureEntries: { file: string; figure: Figure }[] = [];
	const unparsedFigureIds = new Set<string>();
	for (const file of Object.keys(files).sort()) {
		const match = FIGURE_FILE.exec(file);
		if (!match) continue;
		const parsed = parseFile(file, fileSchemas.figure);
		if (!parsed) {
			unparsedFigureIds.add(match[1]);
			continue;
		}
		const { $schema: _schema, ...figure } = parsed;
		if (figure.id !== match[1]) {
			errors.push({ file, path: 'id', message: `"${figure.id}" must match the file name "${match[1]}.json"` });
		}
		figureEntries.push({ file, figure });
	}

	/** A Markdown file with YAML frontmatter: the frontmatter checked against `schema`, a body without HTML. */
	function readMarkdown<S extends z.ZodType>(file: string, schema: S, kind: string) {
		const split = FRONTMATTER.exec(files[file]);
		if (!split) {
			errors.push({ file, path: '', message: 'must start with a frontmatter block between two "---" lines' });
			return undefined;
		}
		if (MARKUP.test(split[2])) {
			errors.push({ file, path: 'body', message: `contains HTML markup; ${kind} are plain Markdown` });
		}
		let meta: unknown;
		try {
			meta = parseYaml(split[1]);
		} catch (error) {
			errors.push({
				file,
				path: 'frontmatter',
				message: `malformed YAML: ${error instanceof Error ? error.message.split('\n')[0] : error}`
			});
			return undefined;
		}
		const result = schema.safeParse(meta);
		if (!result.success) {
			for (const issue of result.error.issues.flatMap(unwrapUnion)) {
				errors.push({ file, path: formatPath(['frontmatter', ...issue.path]), message: describeIssue(issue, meta) });
			}
			return undefined;
		}
		return { meta: result.data as z.output<S>, body: split[2].trim() };
	}

	// Chapters: YAML frontmatter checked like any record, a Markdown body without HTML, both languages present.
	const chapterParts = new Map<string, { era: string; zh?: Chapter['zh']; en?: Chapter['en'] }>();
	for (const file of Object.keys(files).sort()) {
		if (!file.startsWith('data/chapters/')) continue;
		const match = CHAPTER_FILE.exec(file);
		if (!match) {
			errors.push({ file, path: '', message: 'chapter files are named NN-<era>.zh.md or NN-<era>.en.md' });
			continue;
		}
		const [, slug, , era, lang] = match;
		const parts = chapterParts.get(slug) ?? { era };
		chapterParts.set(slug, parts);
		const chapter = readMarkdown(file, ChapterMeta, 'chapters');
		if (!chapter) continue;
		if (chapter.meta.era !== era) {
			errors.push({
				file,
				path: 'frontmatter.era',
				message: `"${chapter.meta.era}" must match the file name ("${era}")`
			});
		}
		parts[lang as 'zh' | 'en'] = { ...chapter.meta, body: chapter.body };
	}

	// Tours: the same, and the zh and en files must walk through the same records.
	const tourParts = new Map<string, { order: string; zh?: Tour['zh']; en?: Tour['en'] }>();
	for (const file of Object.keys(files).sort()) {
		if (!file.startsWith('data/tours/')) continue;
		const match = TOUR_FILE.exec(file);
		if (!match) {
			errors.push({ file, path: '', message: 'tour files are named NN-<slug>.zh.md or NN-<slug>.en.md' });
			continue;
		}
		const [, order, slug, lang] = match;
		const parts = tourParts.get(slug) ?? { order };
		tourParts.set(slug, parts);
		const tour = readMarkdown(file, TourMeta, 'tours');
		if (tour) parts[lang as 'zh' | 'en'] = { ...tour.meta, body: tour.body };
	}

	// Unique ids, then every reference resolved.
	function uniqueIds(file: string, key: string, records: { id: string }[] | undefined): Set<string> | undefined {
		if (!records) return undefined;
		const seen = new Map<string, number>();
		records.forEach((record, i) => {
			const first = seen.get(record.id);
			if (first !== undefined) {
				errors.push({
					file,
					path: `${key}[${i}].id`,
					message: `duplicate id "${record.id}" (also used by ${key}[${first}])`
				});
			} else seen.set(record.id, i);
		});
		return new Set(seen.keys());
	}
	const themeIds = uniqueIds(DATA_FILES.themes, 'themes', themes);
	const eraIds = uniqueIds(DATA_FILES.eras, 'eras', eras);
	const placeIds = uniqueIds(DATA_FILES.places, 'places', places);
	uniqueIds(DATA_FILES.events, 'events', events);
	uniqueIds(DATA_FILES.administration, 'periods', administration);
	administration.forEach((period, i) => {
		if (period.end && period.end.sortKey < period.start.sortKey) {
			errors.push({
				file: DATA_FILES.administration,
				path: `periods[${i}].end`,
				message: `${period.end.value} is before the start ${period.start.value}`
			});
		}
	});
	const figureIds = new Set(figureEntries.map((f) => f.figure.id));

	function resolve(file: string, path: string, kind: string, id: string, known: Set<string> | undefined) {
		if (!known || known.has(id) || (kind === 'figure' && unparsedFigureIds.has(id))) return;
		const suggestion = suggestId(id, known);
		errors.push({
			file,
			path,
			message: `unknown ${kind} "${id}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}`
		});
	}
	function checkMedia(file: string, path: string, media: { file: string } | undefined) {
		if (media && !hasStaticFile(media.file)) {
			errors.push({ file, path: `${path}.file`, message: `"${media.file}" does not exist under static/` });
		}
	}

	const erasById = new Map((eras ?? []).map((era) => [era.id, era]));
	events.forEach((event, i) => {
		const at = `events[${i}]`;
		const file = DATA_FILES.events;
		resolve(file, `${at}.era`, 'era', event.era, eraIds);
		const era = erasById.get(event.era);
		if (era && (event.date.year < era.start || event.date.year > era.end)) {
			errors.push({
				file,
				path: `${at}.date`,
				message: `${event.date.value} lies outside its era "${era.id}" (${era.start}–${era.end})`
			});
		}
		if (event.endDate && event.endDate.sortKey < event.date.sortKey) {
			errors.push({
				file,
				path: `${at}.endDate`,
				message: `${event.endDate.value} is before the start date ${event.date.value}`
			});
		}
		event.places.forEach((id, j) => resolve(file, `${at}.places[${j}]`, 'place', id, placeIds));
		event.figures.forEach((id, j) => resolve(file, `${at}.figures[${j}]`, 'figure', id, figureIds));
		event.themes.forEach((id, j) => resolve(file, `${at}.themes[${j}]`, 'theme', id, themeIds));
		event.media?.forEach((media, j) => checkMedia(file, `${at}.media[${j}]`, media));
	});
	const eventIds = eventsFile ? new Set(events.map((event) => event.id)) : undefined;
	kiosk?.highlights.forEach((item, i) => {
		const path = `kiosk.highlights[${i}]`;
		if ('figure' in item) resolve(DATA_FILES.kiosk, `${path}.figure`, 'figure', item.figure, figureIds);
		else resolve(DATA_FILES.kiosk, `${path}.event`, 'event', item.event, eventIds);
	});
	for (const { file, figure } of figureEntries) {
		if (figure.birth.place) resolve(file, 'birth.place', 'place', figure.birth.place, placeIds);
		if (figure.death?.place) resolve(file, 'death.place', 'place', figure.death.place, placeIds);
		if (figure.death && figure.death.date.sortKey < figure.birth.date.sortKey) {
			errors.push({
				file,
				path: 'death.date',
				message: `${figure.death.date.value} is before the birth date ${figure.birth.date.value}`
			});
		}
		figure.fields.forEach((id, j) => resolve(file, `fields[${j}]`, 'theme', id, themeIds));
		if (figure.name.ruby && figure.name.ruby.length !== [...figure.name.zh].length) {
			errors.push({
				file,
				path: 'name.ruby',
				message: `has ${figure.name.ruby.length} syllables for the ${[...figure.name.zh].length} characters of "${figure.name.zh}"`
			});
		}
		checkMedia(file, 'portrait', figure.portrait);
	}
	// Key events: the ones an era chapter or a tour relies on. Each needs two independent sources.
	const keyEvents = new Map<string, string>();
	const relyOn = (file: string, path: string, id: string) => {
		resolve(file, path, 'event', id, eventIds);
		if (!keyEvents.has(id)) keyEvents.set(id, file);
	};
	for (const [slug, parts] of chapterParts) {
		resolve(`data/chapters/${slug}.zh.md`, 'frontmatter.era', 'era', parts.era, eraIds);
		parts.zh?.keyEvents.forEach((id, i) => relyOn(`data/chapters/${slug}.zh.md`, `frontmatter.keyEvents[${i}]`, id));
		if (parts.zh && parts.en && parts.zh.keyEvents.join() !== parts.en.keyEvents.join()) {
			errors.push({
				file: `data/chapters/${slug}.en.md`,
				path: 'frontmatter.keyEvents',
				message: 'must list the same events, in the same order, as the zh file'
			});
		}
		for (const lang of ['zh', 'en'] as const) {
			if (!parts[lang] && !errors.some((e) => e.file === `data/chapters/${slug}.${lang}.md`)) {
				errors.push({
					file: `data/chapters/${slug}.${lang}.md`,
					path: '',
					message: `is missing: every chapter needs a zh and an en file`
				});
			}
		}
	}
	const stepTarget = (step: TourStep) =>
		'event' in step
			? `event ${step.event}`
			: 'figure' in step
				? `figure ${step.figure}`
				: 'timeline' in step
					? `timeline ${step.timeline.from}–${step.timeline.to} ${(step.timeline.figures ?? []).join(',')}`
					: `map ${step.map.figure}`;
	for (const [slug, parts] of tourParts) {
		for (const lang of ['zh', 'en'] as const) {
			const file = `data/tours/${parts.order}-${slug}.${lang}.md`;
			const tour = parts[lang];
			if (!tour) {
				if (!errors.some((e) => e.file === file)) {
					errors.push({ file, path: '', message: 'is missing: every tour needs a zh and an en file' });
				}
				continue;
			}
			tour.steps.forEach((step, i) => {
				const at = `frontmatter.steps[${i}]`;
				if ('event' in step) relyOn(file, `${at}.event`, step.event);
				if ('figure' in step) resolve(file, `${at}.figure`, 'figure', step.figure, figureIds);
				if ('map' in step) resolve(file, `${at}.map.figure`, 'figure', step.map.figure, figureIds);
				if ('timeline' in step) {
					step.timeline.figures?.forEach((id, j) =>
						resolve(file, `${at}.timeline.figures[${j}]`, 'figure', id, figureIds)
					);
					if (step.timeline.to < step.timeline.from) {
						errors.push({
							file,
							path: `${at}.timeline`,
							message: `"to" (${step.timeline.to}) is before "from" (${step.timeline.from})`
						});
					}
				}
			});
		}
		if (parts.zh && parts.en) {
			const zh = parts.zh.steps.map(stepTarget);
			const en = parts.en.steps.map(stepTarget);
			zh.forEach((target, i) => {
				if (target !== en[i]) {
					errors.push({
						file: `data/tours/${parts.order}-${slug}.en.md`,
						path: `frontmatter.steps[${i}]`,
						message: `shows ${en[i] ?? 'nothing'} but the zh file shows ${target}: both languages must take the same steps`
					});
				}
			});
			if (en.length > zh.length) {
				errors.push({
					file: `data/tours/${parts.order}-${slug}.en.md`,
					path: `frontmatter.steps[${zh.length}]`,
					message: `has ${en.length - zh.length} step(s) more than the zh file`
				});
			}
		}
	}
	events.forEach((event, i) => {
		const reliedOnBy = keyEvents.get(event.id);
		const count = independentCount(event.sources);
		// A chapter or tour may only rely on what two independent sources confirm. Anything else that rests on one
		// source stays on the timeline, but says so to readers ("singleSource": what was searched, and where).
		if (reliedOnBy && count < 2) {
			errors.push({
				file: DATA_FILES.events,
				path: `events[${i}].sources`,
				message: `"${event.id}" is a key event (${reliedOnBy} relies on it) and needs at least 2 independent sources; it has ${count} (${sourceList(event.sources)}). Add a second source, or stop relying on it there`
			});
		} else if (count < 2 && !event.singleSource) {
			errors.push({
				file: DATA_FILES.events,
				path: `events[${i}].singleSource`,
				message: `"${event.id}" rests on ${count} independent source (${sourceList(event.sources)}): add a second source, or say in "singleSource" what was searched so that readers see the caution`
			});
		}
		if (event.singleSource && count >= 2) {
			errors.push({
				file: DATA_FILES.events,
				path: `events[${i}].singleSource`,
				message: `"${event.id}" has ${count} independent sources: remove the single-source caution`
			});
		}
	});
	uniqueIds(DATA_FILES.glossary, 'terms', glossary);
	glossary.forEach((term, i) => {
		const at = `terms[${i}]`;
		term.events.forEach((id, j) => resolve(DATA_FILES.glossary, `${at}.events[${j}]`, 'event', id, eventIds));
		const count = independentCount(term.sources);
		if (count < 2) {
			errors.push({
				file: DATA_FILES.glossary,
				path: `${at}.sources`,
				message: `"${term.id}" needs at least 2 independent sources; it has ${count} (${sourceList(term.sources)})`
			});
		}
		const length = [...term.definition.zh].length;
		if (length < 40 || length > 200) {
			errors.push({
				file: DATA_FILES.glossary,
				path: `${at}.definition.zh`,
				message: `has ${length} characters; a glossary definition is short (40–200)`
			});
		}
	});
	for (const { file, figure } of figureEntries) {
		const count = independentCount(figure.sources);
		if (count < 2) {
			errors.push({
				file,
				path: 'sources',
				message: `a figure needs at least 2 independent sources; it has ${count} (${sourceList(figure.sources)})`
			});
		}
	}
	// Sources read on a blocked host, wherever they are cited (records, variants, coordinates, chapters, tours).
	const checkHosts = (file: string, path: string, value: unknown) => {
		for (const { at, url } of sourceUrls(value, path)) {
			const host = URL.canParse(url) ? new URL(url).hostname : '';
			const blocked = blockedHosts.find((b) => host === b.host || host.endsWith(`.${b.host}`));
			if (blocked) {
				errors.push({
					file,
					path: `${at}.url`,
					message: `${host} is a blocked host (${blocked.reason}, data/source-hosts.json): cite a clean copy of the article`
				});
			}
		}
	};
	if (blockedHosts.length) {
		checkHosts(DATA_FILES.site, 'site', site);
		checkHosts(DATA_FILES.eras, 'eras', eras);
		checkHosts(DATA_FILES.places, 'places', places);
		checkHosts(DATA_FILES.events, 'events', events);
		checkHosts(DATA_FILES.administration, 'periods', administration);
		checkHosts(DATA_FILES.glossary, 'terms', glossary);
		for (const { file, figure } of figureEntries) checkHosts(file, '', figure);
		for (const [slug, parts] of chapterParts) {
			for (const lang of ['zh', 'en'] as const) {
				checkHosts(`data/chapters/${slug}.${lang}.md`, 'frontmatter.sources', parts[lang]?.sources);
			}
		}
		for (const [slug, parts] of tourParts) {
			for (const lang of ['zh', 'en'] as const) {
				checkHosts(`data/tours/${parts.order}-${slug}.${lang}.md`, 'frontmatter.sources', parts[lang]?.sources);
			}
		}
	}
	places?.forEach((place, i) => {
		if (place.region !== 'sichuan' && place.region !== 'chongqing') return;
		// Sichuan and Chongqing lie within about 97.3–110.2°E, 26.0–34.4°N (shared/geo reference data).
		const inside = place.lng >= 97 && place.lng <= 110.5 && place.lat >= 26 && place.lat <= 34.5;
		if (!inside) {
			errors.push({
				file: DATA_FILES.places,
				path: `places[${i}]`,
				message: `coordinates ${place.lat}, ${place.lng} lie outside Sichuan and Chongqing (about 97–110.5°E, 26–34.5°N) but region is "${place.region}"`
			});
		}
	});

	if (errors.length > 0 || !site || !themes || !eras || !places) return { ok: false, errors };

	const sortedEvents = events
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.date.sortKey - b.event.date.sortKey || a.order - b.order)
		.map(({ event }) => event);
	const sortedGlossary = [...glossary].sort((a, b) => a.term.pinyin.localeCompare(b.term.pinyin, 'en'));
	const figures = figureEntries
		.map((f) => f.figure)
		.sort((a, b) => a.birth.date.sortKey - b.birth.date.sortKey || a.id.localeCompare(b.id));

	return {
		ok: true,
		content: {
			site,
			kiosk,
			chapters: [...chapterParts]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([slug, { era, zh, en }]) => ({ slug, era, zh: zh!, en: en! })),
			tours: [...tourParts]
				.sort(([, a], [, b]) => a.order.localeCompare(b.order))
				.map(([slug, { zh, en }]) => ({ slug, zh: zh!, en: en! })),
			themes,
			eras: [...eras].sort((a, b) => a.start - b.start),
			places,
			administration: [...administration].sort((a, b) => a.start.sortKey - b.start.sortKey),
			events: sortedEvents,
			figures,
			keyEvents: [...keyEvents.keys()],
			glossary: sortedGlossary,
			indexes: buildIndexes(sortedEvents, figures, sortedGlossary)
		}
	};
}

/** Every source URL inside a parsed value, with its path ("events[3].sources[1]"). */
function sourceUrls(value: unknown, path: string): { at: string; url: string }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => sourceUrls(v, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here =
		typeof record.url === 'string' && typeof record.accessed === 'string' ? [{ at: path, url: record.url }] : [];
	return here.concat(
		Object.entries(record).flatMap(([key, v]) => (key === 'url' ? [] : sourceUrls(v, path ? `${path}.${key}` : key)))
	);
}

/** "出版者A, 出版者B": the publishers of a record's sources, for messages. */
function sourceList(sources: { publisher: string; settingOnly?: true }[]): string {
	return sources.map((source) => source.publisher + (source.settingOnly ? ' [setting only]' : '')).join(', ');
}

function buildIndexes(events: TimelineEvent[], figures: Figure[], glossary: GlossaryTerm[]): Indexes {
	const indexes: Indexes = {
		eventsByFigure: {},
		eventsByPlace: {},
		eventsByEra: {},
		eventsByTheme: {},
		figuresByPlace: {},
		termsByEvent: {}
	};
	const add = (index: Record<string, string[]>, key: string, id: string) => {
		const list = (index[key] ??= []);
		if (!list.includes(id)) list.push(id);
	};
	for (const event of events) {
		event.figures.forEach((id) => add(indexes.eventsByFigure, id, event.id));
		event.places.forEach((id) => add(indexes.eventsByPlace, id, event.id));
		event.themes.forEach((id) => add(indexes.eventsByTheme, id, event.id));
		add(indexes.eventsByEra, event.era, event.id);
	}
	for (const figure of figures) {
		for (const moment of [figure.birth, figure.death]) {
			if (moment?.place) add(indexes.figuresByPlace, moment.place, figure.id);
		}
	}
	for (const event of events) {
		for (const place of event.places) event.figures.forEach((id) => add(indexes.figuresByPlace, place, id));
	}
	for (const term of glossary) term.events.forEach((id) => add(indexes.termsByEvent, id, term.id));
	return indexes;
}
