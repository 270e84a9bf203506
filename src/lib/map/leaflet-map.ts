/**
 * The one module that touches Leaflet. An attachment: it creates the map on its element (Leaflet is imported only
 * in the browser, STACK.md pitfall 5), draws the offline base layers, and hands the component a small controller
 * to show markers, a journey and the approximate 西康省. Markers are plain specs computed in markers.ts.
 */
import type { Attachment } from 'svelte/attachments';
import type { Localized } from '$lib/content/schema';
import type { Lang } from '$lib/i18n';
import { boundaryCanvas } from './boundary-canvas';
import { prepareArcs } from './boundaries';
import { baseLayers, bounds, labelPoint, XIKANG_VARIANT } from './geo';
import { placeMarkers, type MarkerItem } from './place-markers';
import { placeLabels, type Box } from './labels';
import { currentProfile, prefersReducedMotion } from '$lib/kiosk/profile';

export type { MarkerItem };

/**
 * The colour of the land around Sichuan and Chongqing: the map's background. The neighbouring provinces' data stop
 * at a box (95.5–112.5°E, 24–36°N); a wide screen sees past it, which used to show as blank blue-grey bands.
 */
export const LAND_AROUND = '#ece5da';

export interface MapView {
	z: number;
	lat: number;
	lng: number;
}

export interface MapController {
	/** Pixel position at a zoom (the current one if not given), for clustering. */
	project(lat: number, lng: number, zoom?: number): [number, number];
	zoom(): number;
	/** Every zoom the map can rest at, from the widest to the closest. */
	zoomLevels(): number[];
	/** [minX, minY, maxX, maxY] in the same pixels: the view, widened by `padding` of its size on each side. */
	pixelBounds(padding: number): [number, number, number, number];
	setMarkers(items: MarkerItem[]): void;
	/** Lives' paths: one unlettered (dashed, numbered stops), or A (solid, round stops) and B (dashed, square). */
	setJourneys(journeys: { points: [number, number][]; letter?: 'A' | 'B' }[]): void;
	setXikang(visible: boolean): void;
	/** Shows these points; `animate` only for a reader's own action, never on load. */
	fitPoints(points: [number, number][], animate?: boolean): void;
	setView(view: MapView): void;
	/** The marker of this one place, if it has a marker of its own. */
	markerElement(placeId: string): HTMLElement | undefined;
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
	onactivate: (item: MarkerItem, element: HTMLElement) => void;
	/** The reader tried to move the map the page's way (a wheel without Ctrl, one finger on a phone): say how. */
	onhint?: (hint: 'wheel' | 'fingers') => void;
	/** For the benchmark only: receives the Leaflet map to drive it. */
	onleaflet?: (map: import('leaflet').Map) => void;
	/** Draw the map only once it comes near the viewport (maps below the fold); otherwise at once. */
	whenNear?: boolean;
}

/** Prefecture names and the 西康省 note: above the boundaries (overlay pane, 400), below the place markers (550). */
const LABEL_PANE = { name: 'labels', zIndex: 450 };

export function leafletMap(options: LeafletMapOptions): Attachment<HTMLDivElement> {
	return (element) => {
		let map: import('leaflet').Map | undefined;
		let cancelled = false;
		let observer: IntersectionObserver | undefined;

		const draw = async () => {
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
			const reduced = prefersReducedMotion();
			map = L.map(element, {
				zoomAnimation: !reduced,
				fadeAnimation: !reduced,
				markerZoomAnimation: !reduced,
				minZoom: 3,
				maxZoom: 12,
				zoomSnap: 0.5,
				maxBounds: [
					[5, 60],
					[62, 150]
				],
				keyboardPanDelta: 120
			});
			map.attributionControl.setPrefix(false);
			// The map sits in a page that scrolls, so it leaves the page its gestures. The wheel zooms only with Ctrl
			// (or ⌘; a touchpad's pinch sends that too): otherwise Leaflet does not see it and the page scrolls. On a
			// phone one finger scrolls the page and two move the map; a kiosk, whose screen is the map, keeps one.
			element.addEventListener(
				'wheel',
				(event) => {
					if (event.ctrlKey || event.metaKey) return;
					event.stopImmediatePropagation();
					options.onhint?.('wheel');
				},
				{ capture: true }
			);
			if (matchMedia('(pointer: coarse)').matches && currentProfile() !== 'kiosk') {
				map.dragging.disable();
				element.addEventListener('touchmove', (event) => {
					if (event.touches.length === 1) options.onhint?.('fingers');
				});
			}
			// Leaflet needs a view before vector layers are added (shared/geo/README.md, pitfalls).
			if (options.initialView) map.setView([options.initialView.lat, options.initialView.lng], options.initialView.z);
			else map.fitBounds(home, { padding: [8, 8] });
			// The map is built in a few tasks, not one, so that a tap or a key press on the page is answered in between
			// (Total Blocking Time; REQUIREMENTS P-01). The clean-up below removes a map left half built.
			await nextTask();
			if (cancelled) return;

			// Boundaries are projected once, at zoom 0 in the map's own projection, and drawn on one canvas
			// (boundary-canvas.ts). The paper-coloured land is the two province polygons (fill and outline in one
			// path); prefecture borders are one mesh, each shared border drawn once.
			const crs = map.options.crs!;
			const project = (lng: number, lat: number): [number, number] => {
				const p = crs.latLngToPoint(L.latLng(lat, lng), 0);
				return [p.x, p.y];
			};
			const sichuanArcs = prepareArcs(sichuan, project);
			// The neighbours' borders are plain lines (geo.ts cut the clip box out), prepared as arcs of a topology.
			const neighbourArcs = prepareArcs({ type: 'Topology', objects: {}, arcs: layers.neighbourLines }, project);
			await nextTask();
			if (cancelled) return;
			const boundaries = boundaryCanvas(L, {
				neighbours: {
					arcs: neighbourArcs,
					paths: neighbourArcs.map((_, i) => [i]),
					closed: false,
					style: { color: '#b9aea0', weight: 1 },
					visible: true
				},
				provinces: {
					arcs: sichuanArcs,
					paths: layers.provinces,
					closed: true,
					style: { color: '#574d44', weight: 2, fillColor: '#fbf7f0', fillOpacity: 1 },
					visible: true
				},
				innerBorders: {
					arcs: sichuanArcs,
					paths: layers.innerBorders,
					closed: false,
					style: { color: '#9c8f80', weight: 0.8 },
					visible: true
				},
				xikang: {
					arcs: sichuanArcs,
					paths: layers.xikangRings,
					closed: true,
					style: { color: '#8a5a00', weight: 2, dashArray: [6, 4], fillColor: '#8a5a00', fillOpacity: 0.06 },
					visible: false
				}
			}).addTo(map);
			// Names on the land, under the place markers (place-markers.ts) and the journey stops.
			map.createPane(LABEL_PANE.name).style.zIndex = String(LABEL_PANE.zIndex);
			const names = layers.prefectures.features.map((f) => {
				const name = options.names[f.properties.adcode]?.[options.lang] ?? f.properties.name;
				const latlng = L.latLng(f.properties.seat_lat, f.properties.seat_lng);
				const marker = L.marker(latlng, {
					pane: LABEL_PANE.name,
					interactive: false,
					keyboard: false,
					icon: L.divIcon({
						className: 'prefecture-label',
						html: `<span>${escapeText(name)}</span>`,
						iconSize: undefined
					})
				}).addTo(map!);
				const label = marker.getElement()!;
				return { latlng, label, span: label.firstElementChild as HTMLElement };
			});
			const xikangEast = layers.xikang.features.find((f) => f.properties.variant === XIKANG_VARIANT)!;
			// A marker rather than a tooltip: a tooltip measures itself (a forced layout) on every zoom step.
			const xikangLabel = L.marker(labelPoint(xikangEast.geometry), {
				pane: LABEL_PANE.name,
				interactive: false,
				keyboard: false,
				icon: L.divIcon({
					className: 'xikang-marker',
					html: `<span class="xikang-label">${escapeText(options.xikangLabel)}</span>`,
					iconSize: undefined
				})
			});

			await nextTask();
			if (cancelled) return;
			const markers = placeMarkers(L, options.onactivate).addTo(map);
			const journeyLayer = L.layerGroup().addTo(map);
			const currentMap = map;

			/** Journey stops as drawn (icon size and anchor, in px from the stop), for the names to keep clear of. */
			let stops: { latlng: [number, number]; box: Box }[] = [];
			/** The names' sizes, measured once and again when the kiosk's text size changes (a forced layout each). */
			let sizes: number[][] | undefined;

			/**
			 * The Xikang caption, moved sideways to stay inside the map where its point is near the edge (a phone). With
			 * `translate`, which adds to the caption's own centring transform and Leaflet's position of the marker. A
			 * removed marker comes back with a new element, unmoved: the shift is read from the element each time.
			 */
			const fitCaption = () => {
				const caption = xikangLabel.getElement()?.firstElementChild as HTMLElement | undefined;
				if (!caption || !currentMap.hasLayer(xikangLabel) || cancelled) return;
				const shifted = parseFloat(caption.style.translate) || 0;
				const [r, m] = [caption.getBoundingClientRect(), currentMap.getContainer().getBoundingClientRect()];
				const [left, right] = [r.left - shifted - m.left, r.right - shifted - m.left];
				const margin = 4;
				let shift = 0;
				if (left < margin) shift = margin - left;
				else if (right > m.width - margin) shift = m.width - margin - right;
				if (Math.round(shift) !== shifted) caption.style.translate = `${Math.round(shift)}px 0`;
			};
			currentMap.on('moveend', fitCaption);

			// Prefecture names only when zoomed in far enough to read them, and none under a marker or another name.
			const placeNames = () => {
				fitCaption();
				const zoomedOut = currentMap.getZoom() < 6;
				element.classList.toggle('zoomed-out', zoomedOut);
				if (zoomedOut || cancelled) return;
				sizes ??= names.map(({ span }) => [span.offsetWidth, span.offsetHeight]);
				const obstacles: Box[] = [
					...markers.boxes(),
					...stops.map(({ latlng, box }) => {
						const { x, y } = currentMap.latLngToLayerPoint(latlng);
						return [x + box[0], y + box[1], x + box[2], y + box[3]] as Box;
					})
				];
				// The Xikang caption, where shown, measured where it is (it is wrapped text).
				const caption = xikangLabel.getElement()?.firstElementChild;
				if (caption && currentMap.hasLayer(xikangLabel)) {
					const [r, m] = [caption.getBoundingClientRect(), currentMap.getContainer().getBoundingClientRect()];
					const a = currentMap.containerPointToLayerPoint([r.left - m.left, r.top - m.top]);
					obstacles.push([a.x, a.y, a.x + r.width, a.y + r.height]);
				}
				const placements = placeLabels(
					names.map(({ latlng }, i) => {
						const { x, y } = currentMap.latLngToLayerPoint(latlng);
						return { x, y, width: sizes![i][0], height: sizes![i][1] };
					}),
					obstacles
				);
				placements.forEach((placed, i) => {
					const { label, span } = names[i];
					label.classList.toggle('hidden', !placed);
					if (placed) span.style.transform = `translate(${Math.round(placed.dx)}px, ${Math.round(placed.dy)}px)`;
				});
			};
			placeNames();
			currentMap.on('zoomend', placeNames);
			// The kiosk's text size (字) enlarges the names: measure them again and find them new places.
			const textSize = new MutationObserver(() => {
				sizes = undefined;
				placeNames();
			});
			textSize.observe(document.documentElement, {
				attributes: true,
				attributeFilter: ['data-text-size', 'data-profile']
			});
			currentMap.on('unload', () => textSize.disconnect());
			currentMap.on('moveend', () => {
				const centre = currentMap.getCenter();
				options.onview({ z: currentMap.getZoom(), lat: centre.lat, lng: centre.lng });
			});

			options.onleaflet?.(currentMap);
			// The page's markers are built when MapView receives the controller: in a task of their own.
			await nextTask();
			if (cancelled) return;
			options.onready({
				project: (lat, lng, zoom = currentMap.getZoom()) => {
					const p = currentMap.project([lat, lng], zoom);
					return [p.x, p.y];
				},
				zoom: () => currentMap.getZoom(),
				zoomLevels() {
					const [min, max, snap] = [currentMap.getMinZoom(), currentMap.getMaxZoom(), currentMap.options.zoomSnap || 1];
					return Array.from({ length: Math.floor((max - min) / snap) + 1 }, (_, i) => min + i * snap);
				},
				pixelBounds(padding) {
					// A Svelte effect may still ask while the page is being left and the map is gone.
					if (cancelled) return [0, 0, 0, 0];
					const { min, max } = currentMap.getPixelBounds();
					const [dx, dy] = [(max!.x - min!.x) * padding, (max!.y - min!.y) * padding];
					return [min!.x - dx, min!.y - dy, max!.x + dx, max!.y + dy];
				},
				setMarkers: (items) => {
					if (cancelled) return;
					markers.setItems(items);
					placeNames();
				},
				setJourneys(journeys) {
					journeyLayer.clearLayers();
					stops = [];
					for (const { points, letter } of journeys) {
						if (points.length === 0) continue;
						const variant = letter === 'A' ? 'journey-a' : letter === 'B' ? 'journey-b' : 'journey-single';
						// SVG paths (Leaflet's default renderer): a handful of vertices, coloured by MapView's CSS.
						L.polyline(points, {
							className: `journey-line ${variant}`,
							weight: 3,
							dashArray: letter === 'A' ? undefined : '8 6',
							// Every vertex is a stop: never simplified away, however close two stops are.
							smoothFactor: 0,
							interactive: false
						}).addTo(journeyLayer);
						const [w, h] = letter ? [30, 22] : [22, 22];
						// Where both lives stopped at one place, A's stop sits above-left of it and B's below-right.
						const [ax, ay] = letter === 'A' ? [26, 20] : letter === 'B' ? [4, 2] : [w / 2, h / 2];
						points.forEach((p, i) => {
							L.marker(p, {
								interactive: false,
								keyboard: false,
								icon: L.divIcon({
									className: `journey-stop ${variant}`,
									html: letter ? `${letter}${i + 1}` : String(i + 1),
									iconSize: [w, h],
									iconAnchor: [ax, ay]
								})
							}).addTo(journeyLayer);
							stops.push({ latlng: p, box: [-ax, -ay, w - ax, h - ay] });
						});
					}
					placeNames();
				},
				setXikang(visible) {
					boundaries.setVisible('xikang', visible);
					if (visible) xikangLabel.addTo(currentMap);
					else xikangLabel.remove();
					placeNames();
				},
				fitPoints(points, animate = false) {
					if (points.length === 0 || cancelled) return;
					currentMap.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 8, animate: animate && !reduced });
				},
				setView(view) {
					if (cancelled) return;
					currentMap.setView([view.lat, view.lng], view.z);
				},
				markerElement: (placeId) => markers.element(placeId)
			});
		};

		// A map further down the page (a profile's journey) is drawn when the reader comes near it: Leaflet and the
		// boundary data then cost nothing to a reader who only reads the biography.
		if (options.whenNear && typeof IntersectionObserver === 'function') {
			observer = new IntersectionObserver(
				(entries) => {
					if (!entries.some((entry) => entry.isIntersecting)) return;
					observer?.disconnect();
					draw();
				},
				{ rootMargin: '50% 0px' }
			);
			observer.observe(element);
		} else draw();

		return () => {
			cancelled = true;
			observer?.disconnect();
			// Leaflet 1.9 finishes a zoom animation from a 250 ms timer that outlives remove() and then touches the
			// removed panes (TypeError "_leaflet_pos", found by the kiosk soak): mark the animation as over first.
			if (map) (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
			map?.remove();
		};
	};
}

/** Resolves in a later task, letting the browser handle input and paint in between. */
function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Place names come from data: never inserted as HTML. */
function escapeText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
