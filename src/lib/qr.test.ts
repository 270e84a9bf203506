import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

/** Reads the modules back out of the path, to compare with the encoder's matrix. */
function modules(d: string, size: number): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i++) grid[Number(y)][Number(x) + i] = true;
	}
	return grid;
}

describe('qrPath()', () => {
	it('draws exactly the dark modules of the code, inside a four-module quiet zone', () => {
		const url = 'https://exhibition.example/en/figures/jiang-zhujun/';
		const { size, d } = qrPath(url);
		const { data } = encode(url, { ecc: 'M', border: 0 });
		expect(size).toBe(data.length + 8);
		const grid = modules(d, size);
		expect(grid.slice(4, -4).map((row) => row.slice(4, -4))).toEqual(data);
		expect(grid[0].some(Boolean) || grid.at(-1)!.some(Boolean)).toBe(false);
	});

	it('grows with the text', () => {
		expect(qrPath('https://exhibition.example/' + 'x'.repeat(200)).size).toBeGreaterThan(
			qrPath('https://a.example/').size
		);
	});
});
