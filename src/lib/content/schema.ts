/**
 * One schema per content type. The TypeScript types are inferred from these schemas (never written by hand),
 * and the JSON Schema files in data/schemas/ are generated from them (`npm run schemas`).
 * Client code may `import type` from here; only the build-time loader runs the validators.
 */
import { z } from 'zod';
import { parseDateString, dateSortKey } from './dates';
import { needsEnglish } from './sources';

// ── Building blocks ──────────────────────────────────────────────────────────────────────────────

/** Tags such as <b>, </p> or <script …>: text fields are data, never HTML. */
export const MARKUP = /<\/?[a-z!][^>]*>/i;

export const PlainText = z
	.string()
	.min(1, 'must not be empty')
	.refine((s) => s.trim().length > 0, 'must not be blank')
	.refine((s) => !MARKUP.test(s), 'contains HTML markup; text fields are plain text (Markdown where noted)');

/** Text in both languages: Chinese first, English second. Both are required (no untranslated fields). */
export const Localized = z.strictObject({
	zh: PlainText.describe('Chinese (simplified) text'),
	en: PlainText.describe('English text')
});

/** lowercase ASCII kebab-case, e.g. zhao-yiman: ids become URLs and never change. */
export const Slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII kebab-case, e.g. "zhao-yiman"');

const PartialDate = z.string().refine((s) => parseDateString(s).ok, {
	message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'
});

/** English for English pages: it may quote characters ("Hongyan chunqiu (红岩春秋)") but must have English in it. */
const English = PlainText.refine((text) => /[A-Za-z]/.test(text), {
	message: 'must be English (it has no Latin letters): write the English, keeping characters only in brackets'
});

export const SourceKind = z.enum([
	'official-biography',
	'encyclopedia',
	'news',
	'book',
	'archive',
	'article',
	'memorial',
	'government'
]);

export const Source = z
	.strictObject({
		title: PlainText.describe('Title of the original work or page'),
		titleLang: z
			.enum(['ja', 'zh-Hant', 'zh-Hans', 'en'])
			.optional()
			.describe(
				"The title's language, only where it cannot be told from the characters (a Japanese title in kanji); otherwise it is detected"
			),
		publisher: PlainText.describe('Publisher or website of the original'),
		author: PlainText.optional(),
		published: PartialDate.optional().describe('Publication date of the original, as precise as known'),
		url: z
			.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
			.optional()
			.describe('The URL that was read'),
		accessed: z.iso.date({ error: 'must be a full date YYYY-MM-DD' }).describe('When the URL was read'),
		kind: SourceKind,
		titleEn: English.optional().describe(
			"English for English pages: required where the title is the curators' description (it carries 未详, 不详, 未能确认 or 不明), shown instead of it; for an original title, a translation shown after it in brackets"
		),
		publisherEn: English.optional().describe(
			'English for English pages, shown instead of the publisher: required where it has Chinese in it (an established English name, else pinyin with the characters)'
		),
		via: PlainText.optional().describe('If the page read is a repost or mirror: where it was read'),
		viaEn: English.optional().describe('English of "via" for English pages: required where "via" has Chinese in it'),
		copy: PlainText.optional().describe('For a source with no public URL: where the project keeps a copy'),
		note: Localized.optional(),
		settingOnly: z
			.literal(true)
			.optional()
			.describe(
				'The source confirms only the setting (the occasion, its date, the background), not what the record says of its people: readers see so, and it does not count towards two independent sources. Say in "note" what it confirms'
			)
	})
	.refine((s) => s.url !== undefined || s.copy !== undefined || s.kind === 'book' || s.kind === 'archive', {
		message: 'needs a url, or a "copy" saying where the project keeps the document (books and archives need neither)',
		path: ['url']
	})
	.refine((s) => !s.settingOnly || s.note !== undefined, {
		message: 'a source that confirms only the setting needs a "note" saying what it does confirm',
		path: ['note']
	})
	.refine((s) => s.titleEn !== undefined || !needsEnglish('title', s.title), {
		message:
			'the title is the curators\' description (it carries 未详, 不详, 未能确认 or 不明): add "titleEn", its English',
		path: ['titleEn']
	})
	.refine((s) => s.publisherEn !== undefined || !needsEnglish('publisher', s.publisher), {
		message:
			'the publisher has Chinese in it: add "publisherEn", its English (e.g. "People\'s Daily", "Hongyan chunqiu (红岩春秋)")',
		path: ['publisherEn']
	})
	.refine((s) => s.viaEn !== undefined || s.via === undefined || !needsEnglish('via', s.via), {
		message: '"via" has Chinese in it: add "viaEn", its English',
		path: ['viaEn']
	});

const Sources = z.array(Source).min(1, 'needs at least one source');

// ── Historical dates ─────────────────────────────────────────────────────────────────────────────

const DateString = z
	.string()
	.regex(
		/^\d{4}(-\d{2}(-\d{2})?)?$/,
		'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1935, 1935-11, 1935-11-14)'
	)
	.transform((value, ctx) => {
		const parsed = parseDateString(value);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: parsed.problem });
			return z.NEVER;
		}
		return { value, ...parsed.parts };
	});

export const DateQualifier = z.enum(['approximate', 'before', 'after']);

const DateVariant = z.strictObject({
	value: DateString,
	qualifier: DateQualifier.optional(),
	used: z.literal(true).optional().describe('Marks the variant the exhibition uses (exactly one)'),
	sources: Sources,
	note: Localized
});

const DateObject = z
	.strictObject({
		value: DateString,
		qualifier: DateQualifier.optional(),
		variants: z.array(DateVariant).min(2, 'a dispute needs at least two variants').optional(),
		usedBecause: Localized.optional().describe('Why the exhibition uses the marked variant')
	})
	.superRefine((d, ctx) => {
		if (!d.variants) {
			if (d.usedBecause)
				ctx.addIssue({ code: 'custom', path: ['usedBecause'], message: 'is only allowed with variants' });
			return;
		}
		const used = d.variants.filter((v) => v.used);
		if (used.length !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['variants'],
				message: `exactly one variant must be marked "used": true (found ${used.length})`
			});
		} else if (used[0].value.value !== d.value.value) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `"${d.value.value}" differs from the variant marked used ("${used[0].value.value}")`
			});
		}
		if (!d.usedBecause) {
			ctx.addIssue({
				code: 'custom',
				path: ['usedBecause'],
				message: 'missing: say why the exhibition uses the marked variant'
			});
		}
	});

/**
 * A historical date: "1935", "1935-11", "1935-11-14", or an object adding a qualifier and disputed variants.
 * @example HistoricDate.parse('1935-11') // { value: '1935-11', year: 1935, month: 11, precision: 'month', sortKey: 1935.83… }
 */
export const HistoricDate = z.union([DateString, DateObject]).transform((d) => {
	const simple = 'year' in d;
	const { value, year, month, day, precision } = simple ? d : d.value;
	return {
		value,
		year,
		month,
		day,
		precision,
		qualifier: simple ? undefined : d.qualifier,
		variants: simple ? undefined : d.variants,
		usedBecause: simple ? undefined : d.usedBecause,
		sortKey: dateSortKey({ year, month, day, precision })
	};
});

// ── Content types ────────────────────────────────────────────────────────────────────────────────

export const Media = z.strictObject({
	file: z
		.string()
		.regex(
			/^[a-z0-9/_.-]+\.(jpg|jpeg|png|webp|avif|svg)$/,
			'must be a path under static/, e.g. "images/figures/zhao-yiman.jpg"'
		),
	alt: Localized.describe('What the image shows (for screen readers)'),
	caption: Localized.describe('Context for the image, shown under it'),
	credit: PlainText,
	licence: PlainText.describe('Licence name, e.g. "CC BY-SA 4.0" or "public domain (expired copyright)"'),
	sourceUrl: z.url().optional()
});

export const Theme = z.strictObject({ id: Slug, label: Localized });

export const Era = z
	.strictObject({
		id: Slug,
		title: Localized,
		start: z.int().min(1900).max(2030),
		end: z.int().min(1900).max(2030),
		summary: Localized,
		sources: Sources.optional()
	})
	.refine((e) => e.start <= e.end, { message: 'start must not be after end', path: ['end'] });

const Year = z.int().min(1800).max(2100);

export const PlaceName = z.strictObject({
	zh: PlainText,
	en: PlainText,
	from: Year.optional().describe('First year this name was in use'),
	to: Year.optional().describe('Last year this name was in use; the current name has none')
});

export const Region = z.enum(['sichuan', 'chongqing', 'china', 'abroad']);

export const Place = z.strictObject({
	id: Slug,
	names: z
		.array(PlaceName)
		.min(1, 'needs at least one name')
		.refine((names) => names.at(-1)?.to === undefined, 'the last name is the current one and must not have "to"'),
	lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
	lng: z
		.number()
		.min(-180, 'longitude must be between -180 and 180')
		.max(180, 'longitude must be between -180 and 180'),
	prefecture: Localized.describe('Modern prefecture-level unit (or city outside Sichuan)'),
	region: Region.describe("By today's borders: sichuan, chongqing, elsewhere in china, or abroad"),
	coordinates: z.strictObject({
		precision: z.enum(['site', 'town', 'county', 'city']),
		source: Source,
		note: Localized.optional()
	})
});

export const TimelineEvent = z.strictObject({
	id: Slug,
	date: HistoricDate,
	endDate: HistoricDate.optional(),
	title: Localized,
	summary: Localized,
	era: Slug,
	places: z.array(Slug),
	figures: z.array(Slug),
	themes: z.array(Slug).min(1, 'needs at least one theme'),
	sources: Sources,
	singleSource: Localized.optional().describe(
		'Required when the event has fewer than 2 independent sources (a chapter or tour may not rely on it then): what was searched. Readers see it as a caution.'
	),
	media: z.array(Media).optional()
});

export const OtherName = z.strictObject({
	zh: PlainText,
	pinyin: PlainText.optional(),
	en: PlainText.optional(),
	kind: z.enum(['birth-name', 'courtesy-name', 'alias', 'pen-name', 'popular-name']),
	note: Localized.optional()
});

const LifeMoment = z.strictObject({ date: HistoricDate, place: Slug.optional() });

export const Figure = z.strictObject({
	id: Slug,
	name: z.strictObject({
		zh: PlainText,
		pinyin: PlainText.describe('Hanyu pinyin with tone marks, e.g. "Zhào Yīmàn"'),
		ruby: z
			.array(PlainText)
			.optional()
			.describe('One pinyin syllable per character, shown above a name that is often misread (江竹筠: jiāng zhú jūn)'),
		en: PlainText.describe('The usual English form, e.g. "Zhao Yiman"')
	}),
	otherNames: z.array(OtherName).optional(),
	birth: LifeMoment,
	death: LifeMoment.optional(),
	roles: z.array(Localized).min(1, 'needs at least one role'),
	fields: z.array(Slug).min(1, 'needs at least one field (a theme id)'),
	summary: Localized,
	biography: Localized.describe('Markdown: paragraphs separated by a blank line; **bold** and *italic* only'),
	sources: Sources,
	portrait: Media.optional()
});

export const Site = z.strictObject({
	url: z
		.url({ protocol: /^https?$/, error: 'must be an http(s) address, such as https://museum.example.cn/exhibition/' })
		.describe(
			"Where the public website lives: citations, the sitemap, embeds and the kiosk's take-home QR codes point here"
		),
	editors: Localized.describe('Who is responsible for the digital edition, named as the author in citations'),
	title: Localized,
	shortTitle: Localized.describe('For the header and the browser tab'),
	subtitle: Localized,
	intro: Localized,
	organiser: Localized,
	credits: z.array(Localized),
	sources: Sources
});

/** A stretch of administrative history the map states for the years a reader chooses (e.g. 西康省 1939–1955). */
export const AdminPeriod = z.strictObject({
	id: Slug,
	start: HistoricDate,
	end: HistoricDate.optional().describe('Absent while the situation continues'),
	text: Localized,
	regions: z.array(z.enum(['sichuan', 'chongqing', 'xikang'])).min(1),
	note: Localized.optional(),
	sources: Sources
});

/** The frontmatter of an era chapter, data/chapters/NN-<era>.<lang>.md; the body is Markdown. */
export const ChapterMeta = z.strictObject({
	era: Slug.describe('The era this chapter introduces; must match the file name'),
	title: PlainText,
	keyEvents: z
		.array(Slug)
		.min(1, 'list the events this chapter relies on')
		.describe('The events the chapter relies on, the same in both languages; each needs ≥ 2 independent sources'),
	sources: Sources
});

/**
 * The museum's settings for the hall touchscreen (data/kiosk.json, optional): timing, the screen's geometry for
 * reach checks, and the highlights of the attract loop. Take-home QR codes use the site's `url`.
 */
export const Kiosk = z.strictObject({
	idleSeconds: z
		.number()
		.int()
		.min(30)
		.max(300)
		.describe('Seconds without a touch before "Still there?" (REQUIREMENTS K-03: 90 by default, 30–300)'),
	countdownSeconds: z
		.number()
		.int()
		.min(20)
		.max(120)
		.describe('How long "Still there?" counts down (WCAG 2.2.1: ≥ 20)'),
	screen: z
		.strictObject({
			bottomMm: z.number().min(0).max(2000).describe("Height of the visible screen area's lower edge above the floor"),
			heightMm: z.number().min(100).max(2000).describe('Height of the visible screen area'),
			mmPerCssPx: z.number().positive().max(2).describe('Physical size of one CSS pixel on this screen')
		})
		.describe('The installed screen, for reach (K-02) and target-size (K-01) checks'),
	highlights: z
		.array(z.union([z.strictObject({ figure: Slug }), z.strictObject({ event: Slug })]))
		.min(3, 'needs at least three highlights for the attract loop')
		.describe('What the attract loop shows, in order')
});

/** One step of a guided tour: an event card, a figure card, a timeline range or a map view, with the curator's words. */
const tourText = PlainText.describe("The curator's words for this step: what to look at; no facts beyond the records");
export const TourStep = z.union([
	z.strictObject({ event: Slug, text: tourText }),
	z.strictObject({ figure: Slug, text: tourText }),
	z.strictObject({
		timeline: z.strictObject({
			from: z.number().int().min(1900).max(2030),
			to: z.number().int().min(1900).max(2030),
			figures: z.array(Slug).optional().describe('Life lines to show')
		}),
		text: tourText
	}),
	z.strictObject({
		map: z.strictObject({ figure: Slug.describe("Draws this figure's journey") }),
		text: tourText
	})
]);

/** The frontmatter of a guided tour, data/tours/NN-<slug>.<lang>.md; the body (Markdown) introduces it. */
export const TourMeta = z.strictObject({
	title: PlainText,
	summary: PlainText,
	audience: PlainText.describe('Who it is for, e.g. "初中、高中"'),
	minutes: z.number().int().min(5).max(180).describe('How long it takes in class'),
	objectives: z.array(PlainText).min(1).describe('学习目标 / learning objectives'),
	questions: z.array(PlainText).min(1).describe('思考题 / questions for discussion'),
	teacherNotes: z.array(PlainText).min(1).describe('教师提示 / notes for the teacher'),
	steps: z.array(TourStep).min(3, 'a tour needs at least three steps'),
	sources: Sources.optional().describe('Only if the introduction states facts that no referenced record holds')
});

/**
 * A term of the glossary (data/glossary.json): a short, sourced explanation of a historical name or word the
 * exhibition uses (川陕苏区, 三线建设 …), with its reading, for students who meet it on a record.
 */
export const GlossaryTerm = z.strictObject({
	id: Slug,
	term: z.strictObject({
		zh: PlainText,
		pinyin: PlainText.describe('Hanyu pinyin with tone marks, e.g. "Chuān-Shǎn Gémìng Gēnjùdì"'),
		en: PlainText
	}),
	aliases: z
		.array(z.strictObject({ zh: PlainText, en: PlainText.optional() }))
		.optional()
		.describe('Other names a reader meets for the same thing, e.g. 川陕苏区'),
	definition: Localized.describe("What it is, when and where, in the curators' own words (zh 40–200 characters)"),
	events: z.array(Slug).describe('Events this term helps a reader understand; each links back to it'),
	sources: Sources
});

/** The files curators edit. Each wraps its records so that it can carry a "$schema" for editor completion. */
/**
 * Hosts never to cite (data/source-hosts.json): mirrors found to insert spam into the articles they copy, or to alter
 * them. The checker refuses any source read there, so a curator looks for a clean copy instead.
 */
export const BlockedHost = z.strictObject({
	host: z
		.string()
		.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as "example.com" (its subdomains are included)'),
	reason: PlainText.describe('What was found there, e.g. "gambling adverts inserted into the text"'),
	found: z.iso.date({ error: 'must be a full date YYYY-MM-DD' }).describe('When it was found')
});

export const files = {
	site: z.strictObject({ $schema: z.string().optional(), site: Site }),
	themes: z.strictObject({ $schema: z.string().optional(), themes: z.array(Theme) }),
	eras: z.strictObject({ $schema: z.string().optional(), eras: z.array(Era) }),
	places: z.strictObject({ $schema: z.string().optional(), places: z.array(Place) }),
	administration: z.strictObject({ $schema: z.string().optional(), periods: z.array(AdminPeriod) }),
	events: z.strictObject({ $schema: z.string().optional(), events: z.array(TimelineEvent) }),
	figure: Figure.extend({ $schema: z.string().optional() }),
	kiosk: z.strictObject({ $schema: z.string().optional(), kiosk: Kiosk }),
	sourceHosts: z.strictObject({ $schema: z.string().optional(), blocked: z.array(BlockedHost) }),
	glossary: z.strictObject({ $schema: z.string().optional(), terms: z.array(GlossaryTerm) })
};

export type Localized = z.output<typeof Localized>;
export type Kiosk = z.output<typeof Kiosk>;
export type TourStep = z.output<typeof TourStep>;
export type TourMeta = z.output<typeof TourMeta>;
export type Source = z.output<typeof Source>;
export type HistoricDate = z.output<typeof HistoricDate>;
export type Media = z.output<typeof Media>;
export type Theme = z.output<typeof Theme>;
export type Era = z.output<typeof Era>;
export type Place = z.output<typeof Place>;
export type PlaceName = z.output<typeof PlaceName>;
export type Region = z.output<typeof Region>;
export type TimelineEvent = z.output<typeof TimelineEvent>;
export type Figure = z.output<typeof Figure>;
export type Site = z.output<typeof Site>;
export type ChapterMeta = z.output<typeof ChapterMeta>;
export type AdminPeriod = z.output<typeof AdminPeriod>;
export type GlossaryTerm = z.output<typeof GlossaryTerm>;
