// Compares the pipeline's output (./out/) with the committed data (../../data/geo/): the same layers and units, the
// same extent, and each unit's area and centre within tolerance. Exits 1 on a real difference. 成都 and 资阳 differ by
// design (the 2016 transfer of 简阳, see build.mjs), so their areas are reported, not judged.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const KM_PER_DEGREE = 111.32;

function measure(f) {
	// Planar area and centroid in km, on an equirectangular projection at the feature's latitude: enough to compare.
	let area = 0;
	let cx = 0;
	let cy = 0;
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (let i = 0; i < ring.length - 1; i++) {
				const [x1, y1] = ring[i];
				const [x2, y2] = ring[i + 1];
				const cross = x1 * y2 - x2 * y1;
				area += cross;
				cx += (x1 + x2) * cross;
				cy += (y1 + y2) * cross;
			}
		}
	}
	cx /= 3 * area;
	cy /= 3 * area;
	const kmPerLng = KM_PER_DEGREE * Math.cos((cy * Math.PI) / 180);
	return { area: Math.abs(area / 2) * KM_PER_DEGREE * kmPerLng, centre: [cx, cy], kmPerLng };
}

const ours = read('out/sichuan-chongqing.topojson');
const reference = read('../../data/geo/sichuan-chongqing.topojson');
let problems = 0;
for (const layer of ['prefectures', 'provinces', 'xikang_approx']) {
	if (!ours.objects[layer]) {
		console.log(`missing layer ${layer}`);
		problems++;
	}
}
const byCode = (topo) => new Map(feature(topo, topo.objects.prefectures).features.map((f) => [f.properties.adcode, f]));
const a = byCode(ours);
const b = byCode(reference);
console.log('adcode  name        area km² (ours / reference)   centre shift km');
for (const [code, ref] of b) {
	const mine = a.get(code);
	if (!mine) {
		console.log(`${code} missing`);
		problems++;
		continue;
	}
	const m = measure(mine);
	const r = measure(ref);
	const shift = Math.hypot((m.centre[0] - r.centre[0]) * r.kmPerLng, (m.centre[1] - r.centre[1]) * KM_PER_DEGREE);
	const areaDiff = Math.abs(m.area - r.area) / r.area;
	const byDesign = code === '510100' || code === '512000';
	const bad = !byDesign && (areaDiff > 0.02 || shift > 2);
	if (bad) problems++;
	console.log(
		`${code}  ${ref.properties.name.padEnd(10, '　')}  ${Math.round(m.area).toString().padStart(7)} / ${Math.round(r.area).toString().padStart(7)}   ${shift.toFixed(2).padStart(6)}${byDesign ? '  (简阳, by design)' : bad ? '  DIFFERS' : ''}`
	);
}
for (const code of a.keys()) {
	if (b.has(code)) continue;
	console.log(`${code} extra`);
	problems++;
}
console.log(
	problems
		? `${problems} difference(s) beyond tolerance`
		: 'Output matches the committed data within tolerance (2 % area, 2 km centre).'
);
process.exit(problems ? 1 : 0);
