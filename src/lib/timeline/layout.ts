/**
 * Timeline math, free of the DOM: where a date falls on the axis, which ticks to draw, how marks and their labels
 * share lanes without overlapping, and how many events each year holds. Timeline.svelte only draws what this returns.
 * Time is a continuous axis of decimal years (1935.5 = 1 July 1935), never JS Dates.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { dateSortKey, type DateParts } from '$lib/content/dates';
import type { Lang } from '$lib/i18n';

/** As far as the reader can pan: the earliest birth (1901) to just after the centenary. */
export const EXTENT: readonly [number, number] = [1900, 2023];
/** The default view, "the whole century": 1 January 1921 to the end of 2021. */
export const CENTURY: readonly [number, number] = [1921, 2022];
/** The closest zoom: about one month across the whole width. */
export const MIN_SPAN = 1 / 12;

export type Domain = readonly [number, number];

/**
 * The stretch of time a date stands for: a year-only date covers its whole year, a month its month, a day one day.
 * @example dateSpan({ year: 1935, month: 11, precision: 'month' }) // [1935.833…, 1935.916…]
 */
export function dateSpan(d: DateParts): [number, number] {
	const start = dateSortKey(d);
	if (d.precision === 'year') return [d.year, d.year + 1];
	if (d.precision === 'month') return [start, d.year + (d.month ?? 1) / 12];
	return [start, start + 1 / 365];
}

/** From the start of the first date to the end of the second (or of the first, when there is no end date). */
export function eventSpan(date: DateParts, endDate?: DateParts): [number, number] {
	return [dateSpan(date)[0], dateSpan(endDate ?? date)[1]];
}

export function timeScale(domain: Domain, width: number): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).range([0, width]);
}

/** Keeps a domain inside EXTENT and no narrower than MIN_SPAN, preserving its centre where it can. */
export function clampDomain([d0, d1]: Domain): [number, number] {
	const span = Math.min(Math.max(d1 - d0, MIN_SPAN), EXTENT[1] - EXTENT[0]);
	const centre = Math.min(Math.max((d0 + d1) / 2, EXTENT[0] + span / 2), EXTENT[1] - span / 2);
	return [centre - span / 2, centre + span / 2];
}

export interface Tick {
	value: number;
	label: string;
	/** Year boundaries (and decades when zoomed out) are drawn stronger. */
	major: boolean;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Tick steps in months, from half a century down to one month. */
const STEPS = [600, 240, 120, 60, 24, 12, 6, 3, 1];

/**
 * Ticks that adapt to the zoom: decades, then years, then months, at least `minSpacing` px apart.
 * @example timeTicks([1930, 1940], 1000, 'zh').map((t) => t.label) // ["1930年", "1931年", …, "1940年"]
 */
export function timeTicks(domain: Domain, width: number, lang: Lang, minSpacing = 64): Tick[] {
	const pxPerMonth = width / ((domain[1] - domain[0]) * 12);
	const step = [...STEPS].reverse().find((s) => s * pxPerMonth >= minSpacing) ?? STEPS[0];
	const first = Math.ceil((domain[0] * 12 - 1e-9) / step) * step;
	const ticks: Tick[] = [];
	for (let m = first; m <= domain[1] * 12 + 1e-9; m += step) {
		const year = Math.floor(m / 12);
		const month = (m % 12) + 1;
		if (step >= 12) {
			ticks.push({
				value: m / 12,
				label: lang === 'zh' ? `${year}年` : String(year),
				major: year % (step >= 120 ? 50 : 10) === 0
			});
		} else if (month === 1) {
			ticks.push({ value: m / 12, label: lang === 'zh' ? `${year}年1月` : `Jan ${year}`, major: true });
		} else {
			ticks.push({ value: m / 12, label: lang === 'zh' ? `${month}月` : MONTHS_EN[month - 1], major: false });
		}
	}
	return ticks;
}

/**
 * The width of a label in px: Han characters and full-width punctuation are one em, other characters about 0.55 em.
 * @example estimateTextWidth('江竹筠 Jiang', 16) // 3 × 16 + 6 × 8.8 = 100.8
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.55;
	return ems * fontSize;
}

/**
 * A title without the name it begins with, for a chart on that woman's own page, whose heading already names her.
 * Only where what follows is what she did: the English decides, since its grammar shows it ("Li Bozhao's opera",
 * "Li Jieshuang and her family" keep the name, and so do 李伯钊编剧的歌剧… and 黎洁霜一家四口…); an English "is" goes
 * with the name ("Zhao Yiman is wounded" → "Wounded").
 * @example withoutSubject({ zh: '赵一曼在宜宾加入中国共产党', en: 'Zhao Yiman joins…' }, name, 'zh') // "在宜宾加入中国共产党"
 */
export function withoutSubject(title: Bilingual, name: Bilingual, lang: Lang): string {
	const english = englishWithout(title.en, name.en);
	if (english === undefined) return title[lang];
	if (lang === 'en') return english;
	const rest = title.zh.startsWith(name.zh) ? title.zh.slice(name.zh.length) : '';
	return /^[等的、，]/.test(rest) || [...rest].length < 2 ? title.zh : rest;
}

type Bilingual = { zh: string; en: string };

/** "Jiang Zhujun arrested in Wanxian" → "Arrested in Wanxian"; undefined where the name is not the sentence's subject. */
function englishWithout(title: string, name: string): string | undefined {
	const verb = title.startsWith(name) ? /^ (?:is |are )?(?!and |or )([a-z])/.exec(title.slice(name.length)) : null;
	if (!verb) return undefined;
	const words = title.slice(name.length + verb[0].length - 1);
	return words[0].toUpperCase() + words.slice(1);
}

/**
 * A label cut to fit `room` px, ending in "…" when shortened.
 * @example fitLabel('一个较长的事件标题', 50, 10) // "一个较长…"
 */
export function fitLabel(label: string, room: number, fontSize: number): string {
	if (estimateTextWidth(label, fontSize) <= room) return label;
	const chars = [...label];
	let width = estimateTextWidth('…', fontSize);
	let end = 0;
	while (end < chars.length && width + estimateTextWidth(chars[end], fontSize) <= room) {
		width += estimateTextWidth(chars[end], fontSize);
		end++;
	}
	return chars.slice(0, end).join('') + '…';
}

export interface MarkInput {
	id: string;
	span: readonly [number, number];
	label: string;
	/** The label's width in px, if already known (saves measuring it again on every frame of a zoom). */
	labelWidth?: number;
	/** Marks with a higher priority get a lane first (the key events), so they keep their labels when it is crowded. */
	priority?: number;
}

export interface PlacedMark<T extends MarkInput = MarkInput> {
	mark: T;
	/** Pixel extent of the mark itself. */
	x0: number;
	x1: number;
	lane: number;
	/** Which side of the mark its label goes: left only near the right edge, where a label would be cut off. */
	side: 'right' | 'left';
	/** The px the label may take when it must be shortened (a long title, or one with no room on a phone). */
	room?: number;
	/** The px the mark and its label take in their lane, gaps included: no other mark's extent overlaps it. */
	extent: [number, number];
}

export interface Cluster {
	ids: string[];
	x0: number;
	x1: number;
	/** The time the clustered events cover, to zoom into. */
	span: [number, number];
}

export interface LayoutOptions {
	lanes: number;
	fontSize: number;
	/** Marks narrower than this are drawn at this width (a day is a dot). */
	minMarkWidth: number;
	/** Space between the mark and its label, and between neighbours in a lane. */
	gap: number;
	/** Longer labels are shortened to this (with "…"), so a few long titles do not hide all the others. */
	maxLabelWidth?: number;
	/**
	 * A cluster wider than this is split: a tap on a cluster zooms into its span, and one cluster over the whole
	 * century (a phone's "+135") would zoom nowhere.
	 */
	maxClusterWidth?: number;
}

/** A lane's occupied pixel intervals, kept sorted by start. */
type Lane = [number, number][];

function isFree(lane: Lane, [a0, a1]: readonly [number, number]): boolean {
	// Binary search for the first interval that ends after a0; the new one fits if that interval starts at or after a1.
	let lo = 0;
	let hi = lane.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (lane[mid][1] <= a0) lo = mid + 1;
		else hi = mid;
	}
	return lo === lane.length || lane[lo][0] >= a1;
}

function occupy(lane: Lane, interval: [number, number]) {
	let i = lane.length;
	while (i > 0 && lane[i - 1][0] > interval[0]) i--;
	lane.splice(i, 0, interval);
}

/**
 * Packs marks with their labels into lanes so that no two labels overlap; what does not fit in `lanes` lanes
 * is gathered into counted clusters that open when the reader zooms in.
 * Marks are taken by priority, then in the order given (sorted by start); only those inside the visible width are
 * laid out. A label goes right of its mark, or left of it where it would run past the right edge.
 */
export function layoutMarks<T extends MarkInput>(
	marks: readonly T[],
	scale: ScaleLinear<number, number>,
	width: number,
	{ lanes, fontSize, minMarkWidth, gap, maxLabelWidth = Infinity, maxClusterWidth = Infinity }: LayoutOptions
): { placed: PlacedMark<T>[]; clusters: Cluster[] } {
	const occupied: Lane[] = Array.from({ length: lanes }, () => []);
	const visible: { mark: T; order: number; x0: number; x1: number; labelWidth: number }[] = [];
	for (const mark of marks) {
		const x0 = scale(mark.span[0]);
		const x1 = Math.max(scale(mark.span[1]), x0 + minMarkWidth);
		if (x1 < 0 || x0 > width) continue;
		const labelWidth = mark.labelWidth ?? estimateTextWidth(mark.label, fontSize);
		visible.push({ mark, order: visible.length, x0, x1, labelWidth });
	}
	const byPriority = [...visible].sort((a, b) => (b.mark.priority ?? 0) - (a.mark.priority ?? 0) || a.order - b.order);

	// A label shortened below two characters and "…" says nothing: its mark goes to a cluster instead.
	const shortest = 2 * fontSize + estimateTextWidth('…', fontSize);
	const placed: PlacedMark<T>[] = [];
	const unplaced: typeof visible = [];
	for (const entry of byPriority) {
		const { mark, x0, x1, labelWidth } = entry;
		// The label starts after the mark (a year-long bar pushes it right) and must end before the next mark in the lane.
		// A long title is shortened to maxLabelWidth. Near the right edge the label goes left of the mark; where it
		// fits on neither side, it takes the roomier one, shortened further.
		const wanted = Math.min(labelWidth, maxLabelWidth);
		const roomRight = width - x1 - gap;
		const roomLeft = x0 - gap;
		const side = wanted <= roomRight || roomRight >= roomLeft ? 'right' : 'left';
		const shown = Math.max(0, Math.min(wanted, side === 'right' ? roomRight : roomLeft));
		const room = shown < labelWidth ? shown : undefined;
		// What the mark and its label take in the lane, with a gap on both sides.
		const extent: [number, number] =
			side === 'right' ? [x0, x1 + gap + shown + gap] : [x0 - gap - shown - gap, x1 + gap];
		const lane = shown < Math.min(labelWidth, shortest) ? -1 : occupied.findIndex((l) => isFree(l, extent));
		if (lane < 0) {
			unplaced.push(entry);
			continue;
		}
		occupy(occupied[lane], extent);
		placed.push({ mark, x0, x1, lane, side, extent, ...(room === undefined ? {} : { room }) });
	}
	placed.sort((a, b) => a.x0 - b.x0);

	const clusters: Cluster[] = [];
	for (const { mark, x0, x1 } of unplaced.sort((a, b) => a.order - b.order)) {
		const last = clusters.at(-1);
		if (last && x0 - last.x1 <= gap * 4 && x0 - last.x0 <= maxClusterWidth) {
			last.ids.push(mark.id);
			last.x1 = Math.max(last.x1, x1);
			last.span[1] = Math.max(last.span[1], mark.span[1]);
		} else {
			// A cluster is drawn from its first mark. Split for width, the one before ends where this one starts, even
			// if one of its events lasts longer (a tap on it still opens that event's whole span).
			if (last && last.x1 > x0 - gap) last.x1 = Math.max(last.x0 + minMarkWidth, x0 - gap);
			clusters.push({ ids: [mark.id], x0, x1: Math.max(x1, x0 + minMarkWidth), span: [mark.span[0], mark.span[1]] });
		}
	}
	// As drawn, a pill is at least wide enough for its count and stays on the chart; one that would then touch the
	// pill before it (at the right edge, say) joins that cluster instead.
	const merged: Cluster[] = [];
	for (const cluster of clusters) {
		const last = merged.at(-1);
		if (last && clusterBox(cluster, fontSize, width)[0] < clusterBox(last, fontSize, width)[1] + gap) {
			last.ids.push(...cluster.ids);
			last.x1 = Math.max(last.x1, cluster.x1);
			last.span[1] = Math.max(last.span[1], cluster.span[1]);
		} else merged.push(cluster);
	}
	return { placed, clusters: merged };
}

/** Where a cluster's counted pill is drawn: from its first mark, at least as wide as "+N", kept on the chart. */
export function clusterBox(cluster: Cluster, fontSize: number, width: number): [number, number] {
	const pill = estimateTextWidth(`+${cluster.ids.length}`, fontSize) + 16;
	const x0 = Math.min(Math.max(0, cluster.x0), width - pill);
	return [x0, x0 + Math.max(pill, Math.min(cluster.x1, width) - x0)];
}

/**
 * How many events fall in each year of the extent, for the density strip.
 * @example densityByYear([{ span: [1935.2, 1935.3] }, { span: [1935.9, 1936.1] }], [1935, 1937]) // [2, 1]
 */
export function densityByYear(marks: readonly { span: readonly [number, number] }[], extent: Domain): number[] {
	const bins = Array(Math.ceil(extent[1] - extent[0])).fill(0);
	for (const { span } of marks) {
		const first = Math.max(0, Math.floor(span[0] - extent[0]));
		const last = Math.min(bins.length - 1, Math.ceil(span[1] - extent[0]) - 1);
		for (let i = first; i <= last; i++) bins[i]++;
	}
	return bins;
}
