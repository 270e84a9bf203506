/**
 * The map's state in the URL: `?place=&year=&from=&to=&figure=&z=&lat=&lng=`. `year` shows one year (and is the
 * year whose administrative situation and place names the map states); `from`/`to` show a range, as on the
 * timeline. Anything invalid falls back to the default view.
 */
export interface MapQuery {
	range: [number, number];
	/** The single year chosen, if any. */
	year?: number;
	place?: string;
	figure?: string;
	view?: { z: number; lat: number; lng: number };
}

export const MAP_YEARS: readonly [number, number] = [1900, 2022];
export const DEFAULT_RANGE: readonly [number, number] = [1921, 2021];
export const ZOOM: readonly [number, number] = [4, 12];

const int = (value: string | null) => (value !== null && /^\d{4}$/.test(value) ? Number(value) : undefined);
const inYears = (y: number | undefined): y is number => y !== undefined && y >= MAP_YEARS[0] && y <= MAP_YEARS[1];

export function parseMapQuery(
	params: URLSearchParams,
	known: { places: ReadonlySet<string>; figures: ReadonlySet<string> }
): MapQuery {
	const year = int(params.get('year'));
	const from = int(params.get('from'));
	const to = int(params.get('to'));
	let range: [number, number] = [...DEFAULT_RANGE];
	if (inYears(year)) range = [year, year];
	else if (inYears(from) && inYears(to) && from <= to) range = [from, to];
	const z = Number(params.get('z'));
	const lat = Number(params.get('lat'));
	const lng = Number(params.get('lng'));
	const hasView =
		params.has('z') &&
		params.has('lat') &&
		params.has('lng') &&
		Number.isFinite(z) &&
		z >= ZOOM[0] &&
		z <= ZOOM[1] &&
		Math.abs(lat) <= 85 &&
		Math.abs(lng) <= 180;
	const pick = (key: string, set: ReadonlySet<string>) => {
		const value = params.get(key);
		return value && set.has(value) ? value : undefined;
	};
	return {
		range,
		year: inYears(year) ? year : undefined,
		place: pick('place', known.places),
		figure: pick('figure', known.figures),
		view: hasView ? { z, lat, lng } : undefined
	};
}

/** @example mapSearch({ range: [1939, 1939], year: 1939 }) // "?year=1939" */
export function mapSearch(query: MapQuery): string {
	const params = new URLSearchParams();
	if (query.year !== undefined) params.set('year', String(query.year));
	else if (query.range[0] !== DEFAULT_RANGE[0] || query.range[1] !== DEFAULT_RANGE[1]) {
		params.set('from', String(query.range[0]));
		params.set('to', String(query.range[1]));
	}
	if (query.place) params.set('place', query.place);
	if (query.figure) params.set('figure', query.figure);
	if (query.view) {
		params.set('z', String(query.view.z));
		params.set('lat', query.view.lat.toFixed(4));
		params.set('lng', query.view.lng.toFixed(4));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
