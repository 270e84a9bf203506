/**
 * Map content computed before it reaches Leaflet (STYLE View-4): which places get a marker for a range of years,
 * how many events each holds, how markers cluster at a zoom, where off-map places lie, and a figure's journey.
 * Pure functions, tested without a browser.
 */
import type { Localized, PlaceName, Region } from '$lib/content/schema';
import type { QualifiedDate } from '$lib/format/dates';

export interface MapPlace {
	id: string;
	names: PlaceName[];
	lat: number;
	lng: number;
	region: Region;
	prefecture: Localized;
}

export interface MapEvent {
	id: string;
	title: Localized;
	date: QualifiedDate;
	span: [number, number];
	places: string[];
	figures: string[];
}

export interface MarkerSpec {
	id: string;
	lat: number;
	lng: number;
	region: Region;
	/** "then (now …)" for the year the map shows. */
	label: Localized;
	eventIds: string[];
}

/** Years, both included: [1930, 1940] means 1930 to the end of 1940. */
export type YearRange = readonly [number, number];

/** The name a place had in a year, from its dated names; the current name when none is dated for that year. */
export function nameInYear(place: Pick<MapPlace, 'names'>, year: number): Localized {
	const match = place.names.find((n) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity));
	const { zh, en } = match ?? place.names[place.names.length - 1];
	return { zh, en };
}

/**
 * "宜宾县白花场（今宜宾市翠屏区白花镇）" when the name of that year differs from today's.
 * @example placeLabel(baihua, 1905).en // "Baihuachang, Yibin County (now Baihua Town, Cuiping District, Yibin)"
 */
export function placeLabel(place: Pick<MapPlace, 'names'>, year: number): Localized {
	const then = nameInYear(place, year);
	const now = place.names[place.names.length - 1];
	if (then.zh === now.zh) return { zh: now.zh, en: now.en };
	return { zh: `${then.zh}（今${now.zh}）`, en: `${then.en} (now ${now.en})` };
}

export function eventsInYears<T extends Pick<MapEvent, 'span'>>(events: readonly T[], [from, to]: YearRange): T[] {
	return events.filter((e) => e.span[1] > from && e.span[0] < to + 1);
}

/**
 * One marker per place that has events in the range, labelled with its name in `labelYear`.
 * @example buildMarkers(places, events, [1930, 1940], 1935) // [{ id: 'chengdu', eventIds: [...], ... }]
 */
export function buildMarkers(
	places: readonly MapPlace[],
	events: readonly MapEvent[],
	range: YearRange,
	labelYear: number
): MarkerSpec[] {
	const byPlace = new Map<string, string[]>();
	for (const event of eventsInYears(events, range)) {
		for (const id of event.places) byPlace.set(id, [...(byPlace.get(id) ?? []), event.id]);
	}
	return places
		.filter((p) => byPlace.has(p.id))
		.map((p) => ({
			id: p.id,
			lat: p.lat,
			lng: p.lng,
			region: p.region,
			label: placeLabel(p, labelYear),
			eventIds: byPlace.get(p.id)!
		}));
}

export interface MarkerCluster {
	/** The first id, a stable key. */
	id: string;
	ids: string[];
	lat: number;
	lng: number;
	count: number;
	/** Where it was placed, in the pixels of `project`. */
	x: number;
	y: number;
}

/**
 * Gathers markers closer than `radius` px (after `project`) into clusters, biggest places first, so that dense
 * areas read as one numbered circle until the reader zooms in. Closer along either axis: two markers kept apart
 * are `radius` apart across and down, so their square targets (a marker's box is what K-01 measures) keep their
 * gap even on a diagonal.
 */
export function clusterMarkers(
	specs: readonly MarkerSpec[],
	project: (lat: number, lng: number) => [number, number],
	radius: number
): MarkerCluster[] {
	const clusters: MarkerCluster[] = [];
	// Clusters by grid cell of `radius`: one within reach lies in the same cell or a neighbouring one.
	// Keyed by column × 2^20 + row; two cells sharing a key would only add candidates that the distance test rejects.
	const grid = new Map<number, number[]>();
	// Ids are ASCII kebab-case: comparing code units orders them as localeCompare would, much faster.
	const ordered = [...specs].sort(
		(a, b) => b.eventIds.length - a.eventIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	for (const spec of ordered) {
		const [x, y] = project(spec.lat, spec.lng);
		const [cx, cy] = [Math.floor(x / radius), Math.floor(y / radius)];
		// The first cluster made (the busiest) within reach takes the place, as a scan of all clusters in order would.
		let near: MarkerCluster | undefined;
		let first = Infinity;
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const i of grid.get((cx + dx) * 2 ** 20 + cy + dy) ?? [])
					if (i < first && Math.max(Math.abs(clusters[i].x - x), Math.abs(clusters[i].y - y)) < radius)
						[near, first] = [clusters[i], i];
		if (near) {
			near.ids.push(spec.id);
			near.count += spec.eventIds.length;
		} else {
			const key = cx * 2 ** 20 + cy;
			grid.set(key, [...(grid.get(key) ?? []), clusters.length]);
			clusters.push({ id: spec.id, ids: [spec.id], lat: spec.lat, lng: spec.lng, count: spec.eventIds.length, x, y });
		}
	}
	return clusters;
}

const EARTH_KM = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km. @example Math.round(distanceKm([30.66, 104.06], [45.76, 126.64])) // ≈ 2600 */
export function distanceKm([lat1, lng1]: [number, number], [lat2, lng2]: [number, number]): number {
	const a =
		Math.sin(rad(lat2 - lat1) / 2) ** 2 +
		Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lng2 - lng1) / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
}

/** Initial bearing in degrees from north, clockwise. */
export function bearing([lat1, lng1]: [number, number], [lat2, lng2]: [number, number]): number {
	const y = Math.sin(rad(lng2 - lng1)) * Math.cos(rad(lat2));
	const x =
		Math.cos(rad(lat1)) * Math.sin(rad(lat2)) - Math.sin(rad(lat1)) * Math.cos(rad(lat2)) * Math.cos(rad(lng2 - lng1));
	return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

const COMPASS: Record<'zh' | 'en', string[]> = {
	zh: ['北', '东北', '东', '东南', '南', '西南', '西', '西北'],
	en: ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west']
};

/** @example compass(45, 'zh') // "东北" */
export function compass(degrees: number, lang: 'zh' | 'en'): string {
	return COMPASS[lang][Math.round(degrees / 45) % 8];
}

export interface JourneyStop {
	placeId: string;
	kind: 'birth' | 'event' | 'death';
	date: QualifiedDate & { sortKey?: number };
	eventId?: string;
	sortKey: number;
}

/**
 * A life as an ordered path: birth, the places of her events in date order, death. Repeated stays at one place
 * in a row become one stop.
 */
export function journey(
	figure: {
		birth: { sortKey: number; date: QualifiedDate; place?: string };
		death?: { sortKey: number; date: QualifiedDate; place?: string };
	},
	events: readonly (MapEvent & { sortKey: number })[]
): JourneyStop[] {
	const stops: JourneyStop[] = [];
	if (figure.birth.place)
		stops.push({ placeId: figure.birth.place, kind: 'birth', date: figure.birth.date, sortKey: figure.birth.sortKey });
	for (const event of [...events].sort((a, b) => a.sortKey - b.sortKey)) {
		for (const placeId of event.places)
			stops.push({ placeId, kind: 'event', date: event.date, eventId: event.id, sortKey: event.sortKey });
	}
	if (figure.death?.place)
		stops.push({ placeId: figure.death.place, kind: 'death', date: figure.death.date, sortKey: figure.death.sortKey });
	return stops.filter((stop, i) => i === 0 || stop.placeId !== stops[i - 1].placeId || stop.kind === 'death');
}
