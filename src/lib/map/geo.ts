/**
 * The offline base map: boundaries of Sichuan's prefectures, Sichuan and Chongqing, the approximate 西康省 and the
 * neighbouring provinces, from the TopoJSON committed in data/geo/ (provenance: data/geo/README.md).
 * Shared borders are drawn once (a mesh), as the topology allows.
 */
import type { FeatureCollection, MultiLineString, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

export interface PrefectureProperties {
	adcode: string;
	name: string;
	province: string;
	level: 'prefecture' | 'municipality';
	seat_lng: number;
	seat_lat: number;
}

export interface BaseLayers {
	prefectures: FeatureCollection<Geometry, PrefectureProperties>;
	innerBorders: MultiLineString;
	provinces: FeatureCollection<Geometry, { province: string }>;
	xikang: FeatureCollection<Geometry, { variant: string; note: string }>;
	neighbours: FeatureCollection<Geometry, { adcode: string; name: string }>;
}

type Objects = Record<string, GeometryCollection>;

export function baseLayers(sichuan: Topology<Objects>, neighbours: Topology<Objects>): BaseLayers {
	const { prefectures, provinces, xikang_approx } = sichuan.objects;
	return {
		prefectures: feature(sichuan, prefectures) as unknown as BaseLayers['prefectures'],
		innerBorders: mesh(sichuan, prefectures, (a, b) => a !== b),
		provinces: feature(sichuan, provinces) as unknown as BaseLayers['provinces'],
		xikang: feature(sichuan, xikang_approx) as unknown as BaseLayers['xikang'],
		neighbours: feature(neighbours, neighbours.objects.neighbours) as unknown as BaseLayers['neighbours']
	};
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
