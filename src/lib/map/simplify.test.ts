import { describe, expect, it } from 'vitest';
import { simplifyWeights } from './simplify';

/** Douglas–Peucker the slow, textbook way, for comparison. */
function douglasPeucker(points: [number, number][], epsilon: number): [number, number][] {
	if (points.length < 3) return points;
	const [a, b] = [points[0], points[points.length - 1]];
	let [max, index] = [-1, 0];
	for (let i = 1; i < points.length - 1; i++) {
		const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
		const length = dx * dx + dy * dy;
		const t = length ? Math.max(0, Math.min(1, ((points[i][0] - a[0]) * dx + (points[i][1] - a[1]) * dy) / length)) : 0;
		const d = Math.hypot(a[0] + t * dx - points[i][0], a[1] + t * dy - points[i][1]);
		if (d > max) [max, index] = [d, i];
	}
	if (max <= epsilon) return [a, b];
	return [
		...douglasPeucker(points.slice(0, index + 1), epsilon).slice(0, -1),
		...douglasPeucker(points.slice(index), epsilon)
	];
}

describe('simplifyWeights()', () => {
	it('simplifyWeights(line) gives the ends Infinity and each vertex its distance from the chord it splits', () => {
		const weights = simplifyWeights([0, 0, 1, 1, 2, 0, 3, 0], new Float64Array(4));
		expect(weights[0]).toBe(Infinity);
		expect(weights[1]).toBeCloseTo(1);
		expect(weights[2]).toBeCloseTo(Math.sqrt(0.2));
		expect(weights[3]).toBe(Infinity);
	});

	it('never weights a vertex above the vertex whose split made its segment', () => {
		// (3, −0.9) is 1.76 from the chord (2, 1)–(10, 0) but that chord only exists while (2, 1), weighing 1, is kept.
		const weights = simplifyWeights([0, 0, 2, 1, 3, -0.9, 10, 0], new Float64Array(4));
		expect(weights[1]).toBeCloseTo(1);
		expect(weights[2]).toBe(weights[1]);
	});

	it('keeping the weights above ε gives exactly Douglas–Peucker for ε', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const points = Array.from(
			{ length: 400 },
			(_, i) => [i + random(), 20 * Math.sin(i / 15) + 5 * random()] as [number, number]
		);
		const weights = simplifyWeights(points.flat(), new Float64Array(points.length));
		for (const epsilon of [0.1, 0.5, 1, 3, 10, 50]) {
			expect(points.filter((_, i) => weights[i] > epsilon)).toEqual(douglasPeucker(points, epsilon));
		}
	});

	it('weights only the vertices from…to, so a long line can be simplified in pieces', () => {
		const weights = simplifyWeights([0, 0, 1, 1, 2, 0, 3, 3, 4, 0], new Float64Array(5).fill(-1), 2, 4);
		expect([...weights]).toEqual([-1, -1, Infinity, 3, Infinity]);
	});
});
