import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from './labels';

const marker = (x: number, y: number, size: number): Box => [x - size / 2, y - size / 2, x + size / 2, y + size / 2];

describe('placeLabels', () => {
	it('centres a name on its point when nothing is there', () => {
		expect(placeLabels([{ x: 100, y: 100, width: 40, height: 12 }], [])).toEqual([{ dx: -20, dy: -6 }]);
	});

	it('moves a name below the marker that covers its point, clear of it', () => {
		const [placed] = placeLabels([{ x: 100, y: 100, width: 40, height: 12 }], [marker(100, 100, 40)]);
		expect(placed).toEqual({ dx: -20, dy: 22 });
	});

	it('goes above the marker when below is taken, and is hidden when both are', () => {
		const obstacles = [marker(100, 100, 40), marker(100, 140, 40)];
		expect(placeLabels([{ x: 100, y: 100, width: 40, height: 12 }], obstacles)).toEqual([{ dx: -20, dy: -34 }]);
		expect(placeLabels([{ x: 100, y: 100, width: 40, height: 12 }], [...obstacles, marker(100, 60, 40)])).toEqual([
			null
		]);
	});

	it('hides a name that another place’s marker covers, rather than push it where it would name that marker', () => {
		// The marker stands 25 px right of the name's point: it is some other place's.
		expect(placeLabels([{ x: 100, y: 100, width: 40, height: 12 }], [marker(125, 100, 20)])).toEqual([null]);
	});

	it('keeps a gap between two names on one line, so they do not read as one', () => {
		const labels = [
			{ x: 100, y: 100, width: 40, height: 12 },
			{ x: 142, y: 100, width: 40, height: 12 }
		];
		expect(placeLabels(labels, [])).toEqual([{ dx: -20, dy: -6 }, null]);
	});

	it('never lets two names overlap: the one placed first keeps its place', () => {
		const labels = [
			{ x: 100, y: 100, width: 60, height: 12 },
			{ x: 120, y: 102, width: 60, height: 12 }
		];
		expect(placeLabels(labels, [])).toEqual([{ dx: -30, dy: -6 }, null]);
	});
});
