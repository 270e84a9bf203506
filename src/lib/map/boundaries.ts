/**
 * The base map's boundaries, prepared once for drawing at any zoom: TopoJSON arcs projected to Web Mercator pixels
 * at zoom 0, each vertex weighted for simplification (simplify.ts), and each arc cut into short chunks with their
 * bounding boxes. A redraw then touches only the chunks on screen, and only as many of their vertices as the zoom can
 * show. Pure: the projection comes in as a function and the drawing goes out through a path sink (a canvas context).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyWeights } from './simplify';

export interface PreparedArc {
	/** x0, y0, x1, y1, … in Web Mercator pixels at zoom 0 (the world is 256 px wide). */
	xy: Float64Array;
	/** Per vertex, the largest tolerance (zoom-0 pixels) at which it is still drawn. */
	weights: Float64Array;
	/** Per chunk, six numbers: first vertex, last vertex, minX, minY, maxX, maxY. */
	chunks: Float64Array;
}

/**
 * Vertices per chunk. Smaller chunks cull more closely at high zoom but keep more vertices when zoomed out (a chunk's
 * ends are always drawn); 32 keeps both small for the ~19,000 vertices of data/geo/.
 */
const CHUNK = 32;

/**
 * Decodes (quantised, delta-encoded or plain) TopoJSON arcs, projects every vertex once with `project`, and weights
 * and chunks them.
 * @example prepareArcs(topology, (lng, lat) => [lng, -lat])[0].xy // Float64Array [104.06, -30.66, …]
 */
export function prepareArcs(
	topology: Topology,
	project: (lng: number, lat: number) => [number, number],
	chunk = CHUNK
): PreparedArc[] {
	const [sx, sy] = topology.transform?.scale ?? [1, 1];
	const [tx, ty] = topology.transform?.translate ?? [0, 0];
	return topology.arcs.map((arc) => {
		const n = arc.length;
		const xy = new Float64Array(2 * n);
		let [x, y] = [0, 0];
		arc.forEach(([px, py], i) => {
			[x, y] = topology.transform ? [x + px, y + py] : [px, py];
			[xy[2 * i], xy[2 * i + 1]] = project(x * sx + tx, y * sy + ty);
		});
		const weights = new Float64Array(n);
		const count = Math.max(1, Math.ceil((n - 1) / chunk));
		const chunks = new Float64Array(6 * count);
		for (let c = 0; c < count; c++) {
			const from = c * chunk;
			const to = Math.min(n - 1, from + chunk);
			// Each chunk is simplified on its own, so its ends stay and culling (below) can stand in for it exactly.
			simplifyWeights(xy, weights, from, to);
			let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
			for (let i = from; i <= to; i++) {
				minX = Math.min(minX, xy[2 * i]);
				maxX = Math.max(maxX, xy[2 * i]);
				minY = Math.min(minY, xy[2 * i + 1]);
				maxY = Math.max(maxY, xy[2 * i + 1]);
			}
			chunks.set([from, to, minX, minY, maxX, maxY], 6 * c);
		}
		return { xy, weights, chunks };
	});
}

/**
 * Every ring of the polygons in a collection, as TopoJSON arc references (~i is arc i backwards).
 * @example polygonRings({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, ~1]] }] }) // [[0, -2]]
 */
export function polygonRings<P extends object>(
	collection: GeometryCollection<P>,
	keep: (properties: P | undefined) => boolean = () => true
): number[][] {
	return collection.geometries
		.filter((g) => keep(g.properties as P | undefined))
		.flatMap((g) => (g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : []));
}

/** Where and how finely to trace, in canvas pixels: canvas = zoom-0 pixel × scale − offset. */
export interface TraceView {
	/** 2^zoom. */
	scale: number;
	offsetX: number;
	offsetY: number;
	width: number;
	height: number;
	/** Drawn strokes reach this far past the canvas edge (half the widest line, and some). */
	margin: number;
	/** The largest error allowed, in canvas pixels. */
	tolerance: number;
}

export interface PathSink {
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
	closePath(): void;
}

/**
 * Traces lines, or closed rings, made of arcs onto `sink` in canvas pixels, and returns how many vertices it traced.
 * A chunk wholly off the canvas is traced as the straight line between its ends: both ends and everything between
 * the chunk and that chord lie in the chunk's bounding box, so what shows on the canvas is the same, filled or stroked.
 */
export function tracePaths(
	sink: PathSink,
	arcs: readonly PreparedArc[],
	paths: readonly (readonly number[])[],
	view: TraceView,
	closed: boolean
): number {
	const { scale, offsetX, offsetY } = view;
	const minX = (offsetX - view.margin) / scale;
	const minY = (offsetY - view.margin) / scale;
	const maxX = (offsetX + view.width + view.margin) / scale;
	const maxY = (offsetY + view.height + view.margin) / scale;
	const tolerance = view.tolerance / scale;
	let traced = 0;
	for (const path of paths) {
		path.forEach((ref, index) => {
			const reversed = ref < 0;
			const { xy, weights, chunks } = arcs[reversed ? ~ref : ref];
			const to = (i: number) => {
				sink.lineTo(xy[2 * i] * scale - offsetX, xy[2 * i + 1] * scale - offsetY);
				traced++;
			};
			// An arc begins where the previous one in the path ended: only the first is moved to.
			if (index === 0) {
				const i = reversed ? xy.length / 2 - 1 : 0;
				sink.moveTo(xy[2 * i] * scale - offsetX, xy[2 * i + 1] * scale - offsetY);
				traced++;
			}
			const count = chunks.length / 6;
			for (let k = 0; k < count; k++) {
				const o = 6 * (reversed ? count - 1 - k : k);
				const [start, end] = reversed ? [chunks[o + 1], chunks[o]] : [chunks[o], chunks[o + 1]];
				const onCanvas =
					chunks[o + 2] <= maxX && chunks[o + 4] >= minX && chunks[o + 3] <= maxY && chunks[o + 5] >= minY;
				if (onCanvas) {
					const step = reversed ? -1 : 1;
					for (let i = start + step; i !== end; i += step) if (weights[i] > tolerance) to(i);
				}
				to(end);
			}
		});
		if (closed) sink.closePath();
	}
	return traced;
}
