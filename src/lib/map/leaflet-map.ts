/**
 * The one module that touches Leaflet. An attachment: it creates the map on its element (Leaflet is imported only
 * in the browser, STACK.md pitfall 5), draws the offline base layers, and hands the component a small controller
 * to show markers, a journey and the approximate 西康省. Markers are plain specs computed in markers.ts.
 */
import type { Attachment } from 'svelte/attachments';
import type { Localized } from '$lib/content/schema';
import type { Lang } from '$lib/i18n';
import { baseLayers, bounds } from './geo';

export interface MarkerItem {
	key: string;
	lat: number;
	lng: number;
	/** The number shown in the circle. */
	text: string;
	/** Accessible name and tooltip. */
	label: string;
	isCluster: boolean;
}

export interface MapView {
	z: number;
	lat: number;
	lng: number;
}

export interface MapController {
	/** Pixel position at the current zoom, for clustering. */
	project(lat: number, lng: number): [number, number];
	zoom(): number;
	setMarkers(items: MarkerItem[]): void;
	setJourney(points: [number, number][] | undefined): void;
	setXikang(visible: boolean): void;
	/** Shows these points; `animate` only for a reader's own action, never on load. */
	fitPoints(points: [number, number][], animate?: boolean): void;
	setView(view: MapView): void;
	markerElement(key: string): HTMLElement | undefined;
}

export interface LeafletMapOptions {
	sichuanUrl: string;
	neighboursUrl: string;
	names: Record<string, Localized>;
	lang: Lang;
	xikangLabel: string;
	initialView?: MapView;
	onready: (controller: MapController) => void;
	onview: (view: MapView) => void;
	onactivate: (key: string, element: HTMLElement) => void;
	/** For the benchmark only: receives the Leaflet map to drive it. */
	onleaflet?: (map: import('leaflet').Map) => void;
}

export function leafletMap(options: LeafletMapOptions): Attachment<HTMLDivElement> {
	return (element) => {
		let map: import('leaflet').Map | undefined;
		let cancelled = false;

		(async () => {
			const [{ default: L }, sichuan, neighbours] = await Promise.all([
				import('leaflet'),
				fetch(options.sichuanUrl).then((r) => r.json()),
				fetch(options.neighboursUrl).then((r) => r.json())
			]);
			if (cancelled) return;
			const layers = baseLayers(sichuan, neighbours);
			const home = bounds(layers.prefectures);
			// No tiles: the map is drawn from bundled vector data, so it works offline and asks no other server.
			// No zoom or pan animation for readers who ask for reduced motion (REQUIREMENTS A-09).
			const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
			map = L.map(element, {
				// Boundaries on one canvas: as SVG, re-projecting their ~20,000 vertices made each zoom step slow.
				preferCanvas: true,
				zoomAnimation: !reduced,
				fadeAnimation: !reduced,
				markerZoomAnimation: !reduced,
				minZoom: 4,
				maxZoom: 12,
				zoomSnap: 0.5,
				maxBounds: [
					[5, 60],
					[62, 150]
				],
				keyboardPanDelta: 120
			});
			map.attributionControl.setPrefix(false);
			// Leaflet needs a view before vector layers are added (shared/geo/README.md, pitfalls).
			if (options.initialView) map.setView([options.initialView.lat, options.initialView.lng], options.initialView.z);
			else map.fitBounds(home, { padding: [8, 8] });

			L.geoJSON(layers.neighbours, {
				interactive: false,
				style: { color: '#b9aea0', weight: 1, fillColor: '#ece5da', fillOpacity: 1 }
			}).addTo(map);
			// The paper-coloured land is the two province polygons (fill and outline in one layer); prefecture borders
			// are one mesh. Filling every prefecture instead would re-project each shared border twice on every zoom.
			L.geoJSON(layers.provinces, {
				interactive: false,
				style: { color: '#574d44', weight: 2, fillColor: '#fbf7f0', fillOpacity: 1 }
			}).addTo(map);
			L.geoJSON(layers.innerBorders, {
				interactive: false,
				style: { color: '#9c8f80', weight: 0.8 }
			}).addTo(map);
			for (const f of layers.prefectures.features) {
				const name = options.names[f.properties.adcode]?.[options.lang] ?? f.properties.name;
				L.marker([f.properties.seat_lat, f.properties.seat_lng], {
					interactive: false,
					keyboard: false,
					icon: L.divIcon({ className: 'prefecture-label', html: escapeText(name), iconSize: undefined })
				}).addTo(map);
			}
			const xikangEast: typeof layers.xikang = {
				...layers.xikang,
				features: layers.xikang.features.filter((f) => f.properties.variant === 'east_of_jinsha_effective')
			};
			const xikang = L.geoJSON(xikangEast, {
				interactive: false,
				style: { color: '#8a5a00', weight: 2, dashArray: '6 4', fillColor: '#8a5a00', fillOpacity: 0.06 }
			}).bindTooltip(options.xikangLabel, { permanent: true, direction: 'center', className: 'xikang-label' });

			const markerLayer = L.layerGroup().addTo(map);
			const journeyLayer = L.layerGroup().addTo(map);
			const markers = new Map<string, import('leaflet').Marker>();
			const currentMap = map;

			// Prefecture names only when zoomed in far enough to read them without overlap.
			const labelZoom = () => element.classList.toggle('zoomed-out', currentMap.getZoom() < 6);
			labelZoom();
			currentMap.on('zoomend', labelZoom);
			currentMap.on('moveend', () => {
				const centre = currentMap.getCenter();
				options.onview({ z: currentMap.getZoom(), lat: centre.lat, lng: centre.lng });
			});

			options.onleaflet?.(currentMap);
			options.onready({
				project: (lat, lng) => {
					const p = currentMap.project([lat, lng], currentMap.getZoom());
					return [p.x, p.y];
				},
				zoom: () => currentMap.getZoom(),
				setMarkers(items) {
					// Only what changed is touched: a zoom that leaves most clusters as they were must not rebuild them
					// (that is most of a zoom step's cost), and a focused marker that stays keeps its focus.
					const wanted = new Map(items.map((item) => [item.key, item]));
					for (const [key, marker] of markers) {
						const item = wanted.get(key);
						const el = marker.getElement();
						if (item && el?.textContent === item.text && el.getAttribute('aria-label') === item.label) continue;
						marker.remove();
						markers.delete(key);
					}
					// Touch screens get 44 px markers whatever the count (WCAG 2.5.5); a mouse can aim at smaller ones.
					const coarse = matchMedia('(pointer: coarse)').matches;
					for (const item of items) {
						if (markers.has(item.key)) continue;
						const size = coarse ? 44 : item.isCluster ? 40 : Math.min(44, 28 + Number(item.text) * 2);
						const html = document.createElement('span');
						html.textContent = item.text;
						const marker = L.marker([item.lat, item.lng], {
							keyboard: true,
							title: item.label,
							riseOnHover: true,
							icon: L.divIcon({
								className: `place-marker${item.isCluster ? ' cluster' : ''}`,
								html,
								iconSize: [size, size]
							})
						});
						const activate = () => {
							const el = marker.getElement();
							if (el) options.onactivate(item.key, el);
						};
						marker.on('click', activate);
						// Leaflet makes keyboard markers focusable but only opens bound popups on Enter; we use our own panel.
						marker.on('keypress', (event) => {
							const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent.key;
							if (key === 'Enter' || key === ' ') activate();
						});
						marker.addTo(markerLayer);
						const el = marker.getElement();
						if (el) {
							el.setAttribute('role', 'button');
							el.setAttribute('aria-label', item.label);
							el.dataset.key = item.key;
						}
						markers.set(item.key, marker);
					}
				},
				setJourney(points) {
					journeyLayer.clearLayers();
					if (!points || points.length === 0) return;
					L.polyline(points, { color: '#8a5a00', weight: 3, dashArray: '8 6', interactive: false }).addTo(journeyLayer);
					points.forEach((p, i) =>
						L.marker(p, {
							interactive: false,
							keyboard: false,
							icon: L.divIcon({ className: 'journey-stop', html: String(i + 1), iconSize: [22, 22] })
						}).addTo(journeyLayer)
					);
				},
				setXikang(visible) {
					if (visible) xikang.addTo(currentMap);
					else xikang.remove();
				},
				fitPoints(points, animate = false) {
					if (points.length === 0) return;
					currentMap.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 8, animate: animate && !reduced });
				},
				setView(view) {
					currentMap.setView([view.lat, view.lng], view.z);
				},
				markerElement: (key) => markers.get(key)?.getElement()
			});
		})();

		return () => {
			cancelled = true;
			map?.remove();
		};
	};
}

/** Place names come from data: never inserted as HTML. */
function escapeText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
