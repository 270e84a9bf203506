import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { polygonRings, prepareArcs, tracePaths, type PathSink, type TraceView } from './boundaries';

const identity = (lng: number, lat: number): [number, number] => [lng, lat];

/** A sink that records what it is told, as the canvas would draw it. */
function recorder() {
	const calls: string[] = [];
	const points: [number, number][] = [];
	const sink: PathSink = {
		moveTo: (x, y) => (calls.push(`M${x},${y}`), points.push([x, y])),
		lineTo: (x, y) => (calls.push(`L${x},${y}`), points.push([x, y])),
		closePath: () => calls.push('Z')
	};
	return { sink, calls, points };
}

const whole = (scale = 1): TraceView => ({
	scale,
	offsetX: 0,
	offsetY: 0,
	width: 1e6,
	height: 1e6,
	margin: 0,
	tolerance: 0
});

// Two arcs meeting at (2, 0): 0 runs (0,0)→(1,1)→(2,0); 1 runs (2,0)→(1,-1)→(0,0).
const square: Topology = {
	type: 'Topology',
	objects: {},
	arcs: [
		[
			[0, 0],
			[1, 1],
			[2, 0]
		],
		[
			[2, 0],
			[1, -1],
			[0, 0]
		]
	]
};

describe('prepareArcs()', () => {
	it('prepareArcs(topology, project) decodes quantised delta-encoded arcs like plain ones', () => {
		const quantised: Topology = {
			type: 'Topology',
			objects: {},
			transform: { scale: [0.5, 2], translate: [100, 30] },
			arcs: [
				[
					[0, 0],
					[2, 1],
					[2, -1]
				]
			]
		};
		expect([...prepareArcs(quantised, identity)[0].xy]).toEqual([100, 30, 101, 32, 102, 30]);
		expect([...prepareArcs(square, identity)[1].xy]).toEqual([2, 0, 1, -1, 0, 0]);
		expect([...prepareArcs(square, (lng, lat) => [lng * 10, -lat])[0].xy]).toEqual([0, -0, 10, -1, 20, -0]);
	});

	it('cuts an arc into chunks that share their ends, each with its bounding box', () => {
		const line: Topology = {
			type: 'Topology',
			objects: {},
			arcs: [Array.from({ length: 10 }, (_, i) => [i, i % 2])]
		};
		const [arc] = prepareArcs(line, identity, 4);
		expect([...arc.chunks]).toEqual([0, 4, 0, 0, 4, 1, 4, 8, 4, 0, 8, 1, 8, 9, 8, 0, 9, 1]);
		for (const end of [0, 4, 8, 9]) expect(arc.weights[end]).toBe(Infinity);
	});
});

describe('polygonRings()', () => {
	it('lists the rings of polygons and multipolygons, and only of those kept', () => {
		const rings = polygonRings<{ id: string }>(
			{
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Polygon', arcs: [[0, ~1]], properties: { id: 'a' } },
					{ type: 'MultiPolygon', arcs: [[[2]], [[3], [4]]], properties: { id: 'b' } },
					{ type: 'Polygon', arcs: [[5]], properties: { id: 'c' } }
				]
			},
			(p) => p?.id !== 'c'
		);
		expect(rings).toEqual([[0, -2], [2], [3], [4]]);
	});
});

describe('tracePaths()', () => {
	it('traces a ring of arcs in order, backwards for ~i, without repeating the vertex two arcs share', () => {
		const { sink, calls } = recorder();
		const arcs = prepareArcs(square, identity);
		expect(tracePaths(sink, arcs, [[0, 1]], whole(), true)).toBe(5);
		expect(calls).toEqual(['M0,0', 'L1,1', 'L2,0', 'L1,-1', 'L0,0', 'Z']);
		const backwards = recorder();
		tracePaths(backwards.sink, arcs, [[~1, ~0]], whole(), false);
		expect(backwards.calls).toEqual(['M0,0', 'L1,-1', 'L2,0', 'L1,1', 'L0,0']);
	});

	it('places zoom-0 pixels on the canvas by scale and offset', () => {
		const { sink, calls } = recorder();
		tracePaths(sink, prepareArcs(square, identity), [[0]], { ...whole(4), offsetX: 1, offsetY: -2 }, false);
		expect(calls).toEqual(['M-1,2', 'L3,6', 'L7,2']);
	});

	it('drops the vertices the zoom cannot show, and keeps every one when zoomed in', () => {
		const wiggle: Topology = {
			type: 'Topology',
			objects: {},
			arcs: [Array.from({ length: 200 }, (_, i) => [i / 100, (i % 2) / 1000])]
		};
		const arcs = prepareArcs(wiggle, identity);
		const traced = (scale: number) =>
			tracePaths(recorder().sink, arcs, [[0]], { ...whole(scale), tolerance: 0.5 }, false);
		expect(traced(1)).toBeLessThan(20);
		expect(traced(2 ** 12)).toBe(200);
	});

	it('traces chunks off the canvas as chords, and everything on the canvas exactly as in full', () => {
		const spiral: Topology = {
			type: 'Topology',
			objects: {},
			arcs: [Array.from({ length: 1000 }, (_, i) => [Math.cos(i / 20) * (i / 10), Math.sin(i / 20) * (i / 10)])]
		};
		const arcs = prepareArcs(spiral, identity);
		const view: TraceView = { scale: 10, offsetX: 100, offsetY: 100, width: 300, height: 200, margin: 2, tolerance: 0 };
		const full = recorder();
		// A margin as wide as the world puts every chunk on the canvas.
		tracePaths(full.sink, arcs, [[0]], { ...view, margin: 1e6 }, false);
		const culled = recorder();
		tracePaths(culled.sink, arcs, [[0]], view, false);
		expect(culled.points.length).toBeLessThan(full.points.length / 2);
		const key = ([x, y]: [number, number]) => `${x},${y}`;
		const traced = new Set(culled.points.map(key));
		const onCanvas = full.points.filter(([x, y]) => x >= 0 && x <= 300 && y >= 0 && y <= 200);
		expect(onCanvas.length).toBeGreaterThan(20);
		for (const point of onCanvas) expect(traced).toContain(key(point));
	});

	it('draws the committed boundary data zoomed out with a fraction of its ~19,000 vertices', () => {
		const topology = JSON.parse(readFileSync('data/geo/sichuan-chongqing.topojson', 'utf8')) as Topology;
		const mercator = (lng: number, lat: number): [number, number] => [
			256 * (0.5 + lng / 360),
			256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI))
		];
		const arcs = prepareArcs(topology, mercator);
		const all = arcs.reduce((sum, arc) => sum + arc.xy.length / 2, 0);
		const paths = arcs.map((_, i) => [i]);
		const at = (zoom: number) =>
			tracePaths(recorder().sink, arcs, paths, { ...whole(2 ** zoom), tolerance: 0.5 }, false);
		expect(at(6)).toBeLessThan(all / 3);
		expect(at(12)).toBeGreaterThan(all * 0.95);
	});
});
