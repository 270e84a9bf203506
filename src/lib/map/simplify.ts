/**
 * Douglas–Peucker simplification done once for every tolerance: each vertex gets a weight, the largest tolerance at
 * which Douglas–Peucker still keeps it. Keeping the vertices whose weight is above ε gives exactly the
 * Douglas–Peucker line for ε, so the map can draw its boundaries coarser when zoomed out without simplifying again
 * at each zoom step.
 */

/**
 * Weights of the vertices `from`…`to` (inclusive) of a flat `[x0, y0, x1, y1, …]` line, written into `weights`; the
 * two ends get Infinity.
 * @example simplifyWeights([0, 0, 1, 1, 2, 0, 3, 0], new Float64Array(4)) // [Infinity, 1, 0.447…, Infinity]
 */
export function simplifyWeights(
	xy: ArrayLike<number>,
	weights: Float64Array,
	from = 0,
	to = xy.length / 2 - 1
): Float64Array {
	weights[from] = Infinity;
	weights[to] = Infinity;
	// [start, end, weight of the vertex that made this segment]: a vertex never outweighs the split above it, or a
	// threshold could keep it while dropping the vertex its segment hangs from.
	const stack: number[] = [from, to, Infinity];
	while (stack.length) {
		const parent = stack.pop()!;
		const b = stack.pop()!;
		const a = stack.pop()!;
		if (b - a < 2) continue;
		const [ax, ay, bx, by] = [xy[2 * a], xy[2 * a + 1], xy[2 * b], xy[2 * b + 1]];
		let farthest = -1;
		let max = -1;
		for (let i = a + 1; i < b; i++) {
			const d = segmentDistanceSquared(xy[2 * i], xy[2 * i + 1], ax, ay, bx, by);
			if (d > max) [max, farthest] = [d, i];
		}
		const weight = Math.min(Math.sqrt(max), parent);
		weights[farthest] = weight;
		stack.push(a, farthest, weight, farthest, b, weight);
	}
	return weights;
}

function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
	const dx = bx - ax;
	const dy = by - ay;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
	return (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2;
}
