/**
 * The offline base map: boundaries of Sichuan's prefectures, Sichuan and Chongqing, the approximate 西康省 and the
 * neighbouring provinces, from the TopoJSON committed in data/geo/ (provenance: data/geo/README.md).
 * The outlines stay as TopoJSON arc references, drawn by boundaries.ts; shared borders are drawn once (a mesh), as
 * the topology allows. Prefectures and 西康省 also come as GeoJSON, for their labels and the map's home view.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature, mesh, meshArcs } from 'topojson-client';
import { polygonRings } from './boundaries';

export interface PrefectureProperties {
	adcode: string;
	name: string;
	province: string;
	level: 'prefecture' | 'municipality';
	seat_lng: number;
	seat_lat: number;
}

/** The 西康省 outline drawn: east of the Jinsha, the part the province actually governed. */
export const XIKANG_VARIANT = 'east_of_jinsha_effective';

export interface BaseLayers {
	prefectures: FeatureCollection<Geometry, PrefectureProperties>;
	xikang: FeatureCollection<Geometry, { variant: string; note: string }>;
	/** Rings and lines as arc references (~i: arc i backwards) into the Sichuan–Chongqing topology… */
	provinces: number[][];
	innerBorders: number[][];
	xikangRings: number[][];
	/**
	 * The neighbouring provinces' borders as lines of [lng, lat] (not arcs): their data are clipped to a box (shared/geo),
	 * and the box's own edges are left out, so no straight line crosses the backdrop where the data stop. Their land
	 * is not drawn: it is the map's background colour.
	 */
	neighbourLines: Position[][];
}

/** The box the neighbours' data are clipped to (shared/geo/README.md): 95.5–112.5°E, 24–36°N. */
const CLIP = { west: 95.5, east: 112.5, south: 24, north: 36 };
const onClipEdge = ([lng, lat]: Position) =>
	[CLIP.west, CLIP.east].some((edge) => Math.abs(lng - edge) < 0.01) ||
	[CLIP.south, CLIP.north].some((edge) => Math.abs(lat - edge) < 0.01);

/**
 * Lines with their stretches along the clip box removed: a segment whose two ends both lie on the box's edge goes.
 * @example withoutClipEdges([[[95.5, 30], [95.5, 31], [97, 31]]]) // [[[95.5, 31], [97, 31]]]
 */
export function withoutClipEdges(lines: Position[][]): Position[][] {
	const kept: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [line[0]];
		for (let i = 1; i < line.length; i++) {
			if (onClipEdge(line[i - 1]) && onClipEdge(line[i])) {
				if (run.length > 1) kept.push(run);
				run = [line[i]];
			} else run.push(line[i]);
		}
		if (run.length > 1) kept.push(run);
	}
	return kept;
}

type Objects = Record<string, GeometryCollection>;

export function baseLayers(sichuan: Topology<Objects>, neighbours: Topology<Objects>): BaseLayers {
	const { prefectures, provinces, xikang_approx } = sichuan.objects;
	return {
		prefectures: feature(sichuan, prefectures) as unknown as BaseLayers['prefectures'],
		xikang: feature(sichuan, xikang_approx) as unknown as BaseLayers['xikang'],
		provinces: polygonRings(provinces),
		innerBorders: meshArcs(sichuan, prefectures, (a, b) => a !== b).arcs,
		xikangRings: polygonRings(
			xikang_approx,
			(p) => (p as { variant?: string } | undefined)?.variant === XIKANG_VARIANT
		),
		neighbourLines: withoutClipEdges(mesh(neighbours, neighbours.objects.neighbours).coordinates)
	};
}

/**
 * Where to put a polygon's label: the centroid of its largest ring, as [lat, lng] (planar in degrees, near enough
 * for a label).
 * @example labelPoint({ type: 'Polygon', coordinates: [[[100, 30], [102, 30], [102, 32], [100, 32], [100, 30]]] }) // [31, 101]
 */
export function labelPoint(geometry: Geometry): [number, number] {
	const rings: Position[][] =
		geometry.type === 'Polygon'
			? [geometry.coordinates[0]]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.map((polygon) => polygon[0])
				: [];
	let best = { area: 0, lat: NaN, lng: NaN };
	for (const ring of rings) {
		let [area, x, y] = [0, 0, 0];
		for (let i = 0; i < ring.length - 1; i++) {
			const [[x0, y0], [x1, y1]] = [ring[i], ring[i + 1]];
			const cross = x0 * y1 - x1 * y0;
			area += cross;
			x += (x0 + x1) * cross;
			y += (y0 + y1) * cross;
		}
		if (Math.abs(area) > Math.abs(best.area)) best = { area, lng: x / (3 * area), lat: y / (3 * area) };
	}
	return [best.lat, best.lng];
}

/** [[south, west], [north, east]] of a FeatureCollection, for fitBounds and tests. */
export function bounds(collection: FeatureCollection): [[number, number], [number, number]] {
	let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (coords: unknown): void => {
		if (Array.isArray(coords) && typeof coords[0] === 'number') {
			const [lng, lat] = coords as [number, number];
			south = Math.min(south, lat);
			north = Math.max(north, lat);
			west = Math.min(west, lng);
			east = Math.max(east, lng);
		} else if (Array.isArray(coords)) coords.forEach(visit);
	};
	for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
	return [
		[south, west],
		[north, east]
	];
}
