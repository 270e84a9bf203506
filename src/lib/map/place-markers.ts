/**
 * The place markers as one Leaflet layer of plain elements, in a pane of their own between the labels and the journey
 * stops. Each marker is a focusable button (Enter or Space opens it, like a click) whose text is its event count.
 *
 * Why not L.Marker: a zoom step that splits clusters adds dozens of markers, and each L.Marker builds its icon
 * through innerHTML, registers half a dozen listeners, and is repositioned twice per step (on 'zoom' and on
 * 'viewreset'), rewriting its z-index each time. Here a marker is one element made directly, events are delegated to
 * the layer, markers are placed once per step, and an element is updated in place while its key stays in view.
 */
import type * as Leaflet from 'leaflet';
import type { Box } from './labels';

export interface MarkerItem {
	/** Stable across zoom steps (a cluster's busiest place), so that a marker is updated, not rebuilt. */
	key: string;
	/** The places it stands for: one, or a cluster's. */
	ids: string[];
	lat: number;
	lng: number;
	/** The number shown in the circle. */
	text: string;
	/** Accessible name and tooltip. */
	label: string;
	isCluster: boolean;
}

export interface PlaceMarkers extends Leaflet.Layer {
	setItems(items: MarkerItem[]): void;
	/** The marker of this one place, if it has a marker of its own. */
	element(placeId: string): HTMLElement | undefined;
	/** Where the markers are, in the map's layer pixels: what the place names must keep clear of. */
	boxes(): Box[];
}

interface Entry {
	el: HTMLElement;
	item: MarkerItem;
	size: number;
}

/** Above the prefecture labels (450), below Leaflet's marker pane (600) where the journey stops sit. */
export const PLACE_MARKER_PANE = { name: 'placeMarkers', zIndex: 550 };

export function placeMarkers(
	L: typeof Leaflet,
	onactivate: (item: MarkerItem, element: HTMLElement) => void
): PlaceMarkers {
	const entries = new Map<string, Entry>();
	const byElement = new WeakMap<Element, Entry>();
	let map: Leaflet.Map | undefined;
	/** Zoom and pixel origin the markers were last placed for: a step that changes neither needs no placing. */
	let placedFor = '';

	const place = (entry: Entry) =>
		L.DomUtil.setPosition(entry.el, map!.latLngToLayerPoint([entry.item.lat, entry.item.lng]).round());
	const placeAll = () => {
		if (!map) return;
		const origin = map.getPixelOrigin();
		const key = `${map.getZoom()},${origin.x},${origin.y}`;
		if (key === placedFor) return;
		placedFor = key;
		for (const entry of entries.values()) place(entry);
	};
	// During a zoom animation each marker glides to where it will be (as L.Marker does), by CSS transition.
	const animate = (event: Leaflet.ZoomAnimEvent) => {
		if (!map) return;
		const pane = L.DomUtil.getPosition(map.getPane('mapPane')!);
		const origin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(pane).round();
		for (const { el, item } of entries.values())
			L.DomUtil.setPosition(el, map.project([item.lat, item.lng], event.zoom).round().subtract(origin));
		placedFor = '';
	};

	const entryOf = (target: EventTarget | null) => {
		const el = (target as Element | null)?.closest?.('.place-marker');
		return el ? byElement.get(el) : undefined;
	};
	// A drag that begins on a marker moves the map; it does not open the marker.
	let down: [number, number] = [NaN, NaN];
	const onpointerdown = (event: PointerEvent) => (down = [event.clientX, event.clientY]);
	const onclick = (event: MouseEvent) => {
		const entry = entryOf(event.target);
		// A click with no pointer down before it (from assistive technology, say) is never a drag.
		const dragged = Math.hypot(event.clientX - down[0], event.clientY - down[1]) > 4;
		down = [NaN, NaN];
		if (entry && !dragged) onactivate(entry.item, entry.el);
	};
	const onkeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Enter' && event.key !== ' ') return;
		const entry = entryOf(event.target);
		if (!entry) return;
		event.preventDefault();
		onactivate(entry.item, entry.el);
	};
	// A marker reached by Tab across the edge is brought into view, as Leaflet's keyboard markers are.
	const onfocusin = (event: FocusEvent) => {
		const entry = entryOf(event.target);
		if (!entry || !map) return;
		const [box, view] = [entry.el.getBoundingClientRect(), map.getContainer().getBoundingClientRect()];
		if (box.left < view.left || box.top < view.top || box.right > view.right || box.bottom > view.bottom)
			map.panInside([entry.item.lat, entry.item.lng], { padding: [entry.size, entry.size] });
	};

	const Layer = L.Layer.extend({
		options: { pane: PLACE_MARKER_PANE.name },
		getEvents() {
			return { zoom: placeAll, viewreset: placeAll, zoomanim: animate };
		},
		onAdd(added: Leaflet.Map) {
			map = added;
			if (!map.getPane(PLACE_MARKER_PANE.name))
				map.createPane(PLACE_MARKER_PANE.name).style.zIndex = String(PLACE_MARKER_PANE.zIndex);
			const pane = map.getPane(PLACE_MARKER_PANE.name)!;
			pane.addEventListener('pointerdown', onpointerdown);
			pane.addEventListener('click', onclick);
			pane.addEventListener('keydown', onkeydown);
			pane.addEventListener('focusin', onfocusin);
			placedFor = '';
			for (const entry of entries.values()) pane.append(entry.el);
			placeAll();
		},
		onRemove(removed: Leaflet.Map) {
			const pane = removed.getPane(PLACE_MARKER_PANE.name)!;
			pane.removeEventListener('pointerdown', onpointerdown);
			pane.removeEventListener('click', onclick);
			pane.removeEventListener('keydown', onkeydown);
			pane.removeEventListener('focusin', onfocusin);
			for (const entry of entries.values()) entry.el.remove();
			map = undefined;
		}
	});
	const layer = new Layer() as PlaceMarkers;

	layer.setItems = (items) => {
		const wanted = new Set(items.map((item) => item.key));
		for (const [key, entry] of entries) {
			if (wanted.has(key)) continue;
			entry.el.remove();
			entries.delete(key);
		}
		// Touch screens get 44 px markers whatever the count (WCAG 2.5.5), the hall kiosk 48 px (K-01); a mouse can
		// aim at smaller ones.
		const coarse = matchMedia('(pointer: coarse)').matches;
		const kiosk = document.documentElement.dataset.profile === 'kiosk';
		const animated = Boolean(map?.options.zoomAnimation && map.options.markerZoomAnimation);
		const added = document.createDocumentFragment();
		for (const item of items) {
			const size = kiosk ? 48 : coarse ? 44 : item.isCluster ? 40 : Math.min(44, 28 + Number(item.text) * 2);
			const entry = entries.get(item.key);
			if (entry) {
				update(entry, item, size);
				continue;
			}
			const el = document.createElement('div');
			// Leaflet's own classes: placed like its markers, animated with them, and shown with a pointer.
			el.className = `leaflet-marker-icon leaflet-interactive ${animated ? 'leaflet-zoom-animated' : 'leaflet-zoom-hide'} place-marker`;
			el.tabIndex = 0;
			el.setAttribute('role', 'button');
			const created: Entry = { el, item, size: 0 };
			write(created, item, size, undefined);
			byElement.set(el, created);
			entries.set(item.key, created);
			if (map) place(created);
			added.append(el);
		}
		map?.getPane(PLACE_MARKER_PANE.name)!.append(added);
	};

	layer.boxes = () =>
		map
			? [...entries.values()].map(({ item, size }) => {
					const { x, y } = map!.latLngToLayerPoint([item.lat, item.lng]);
					return [x - size / 2, y - size / 2, x + size / 2, y + size / 2];
				})
			: [];

	layer.element = (placeId) => {
		const entry = entries.get(placeId);
		return entry && entry.item.ids.length === 1 ? entry.el : undefined;
	};

	/** Brings a marker up to date, touching only what changed: each write restyles the element. */
	function update(entry: Entry, item: MarkerItem, size: number) {
		const was = entry.item;
		write(entry, item, size, was);
		if ((was.lat !== item.lat || was.lng !== item.lng) && map) place(entry);
	}

	function write(entry: Entry, item: MarkerItem, size: number, was: MarkerItem | undefined) {
		const { el } = entry;
		entry.item = item;
		if (was?.text !== item.text) el.textContent = item.text;
		if (was?.label !== item.label) {
			el.title = item.label;
			el.setAttribute('aria-label', item.label);
		}
		if (was?.isCluster !== item.isCluster) el.classList.toggle('cluster', item.isCluster);
		const key = item.ids.length === 1 ? item.ids[0] : `cluster:${item.ids.join(',')}`;
		// The places behind a marker, for tests: `chengdu`, or `cluster:chengdu,deyang`.
		if (el.dataset.key !== key) el.dataset.key = key;
		if (entry.size !== size) {
			// Centred on its point, as Leaflet centres an icon.
			const half = `${-Math.round(size / 2)}px`;
			Object.assign(el.style, { width: `${size}px`, height: `${size}px`, marginLeft: half, marginTop: half });
			entry.size = size;
		}
	}

	return layer;
}
