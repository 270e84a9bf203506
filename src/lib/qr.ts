import { encode } from 'uqr';

/**
 * A QR code as one SVG path in module units (one unit per module, with a 4-module quiet zone), so that it scales
 * crisply at any size and prints well. Runs of dark modules in a row are merged to keep the path short.
 * @example qrPath('https://museum.example/figures/zhao-yiman/') // { size: 37, d: 'M4 4h7v1h-7z…' }
 */
export function qrPath(text: string): { size: number; d: string } {
	const { size, data } = encode(text, { ecc: 'M', border: 0 });
	const quiet = 4;
	let d = '';
	data.forEach((row, y) => {
		for (let x = 0; x < size; x++) {
			if (!row[x]) continue;
			let end = x;
			while (end + 1 < size && row[end + 1]) end++;
			d += `M${x + quiet} ${y + quiet}h${end - x + 1}v1h-${end - x + 1}z`;
			x = end;
		}
	});
	return { size: size + quiet * 2, d };
}
