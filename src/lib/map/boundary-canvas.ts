/**
 * The base map's boundaries on one canvas, redrawn from prepared arcs (boundaries.ts) once per finished zoom or
 * move. Leaflet's own vector layers re-project every one of the ~19,000 boundary vertices twice per zoom step and
 * clip and simplify them again after each, which was most of a zoom step's time; here the projection is done once
 * at load, and a redraw touches only what is on screen, in the detail the zoom can show.
 *
 * It is a Leaflet Renderer, the base class of Leaflet's Canvas and SVG renderers, so that it is placed, padded and
 * scaled during zoom animations exactly as they are. The underscore methods are that class's protocol in the pinned
 * Leaflet 1.9.4 (`_initContainer`, `_destroyContainer`, `_update`, `_updatePaths`; `_bounds` from `_update`).
 */
import type * as Leaflet from 'leaflet';
import { tracePaths, type PreparedArc } from './boundaries';

export interface BoundaryStyle {
	color: string;
	weight: number;
	fillColor?: string;
	fillOpacity?: number;
	dashArray?: number[];
}

export interface BoundaryGroup {
	arcs: PreparedArc[];
	paths: number[][];
	/** Rings to fill, or open lines. */
	closed: boolean;
	style: BoundaryStyle;
	visible: boolean;
}

export interface BoundaryCanvas extends Leaflet.Layer {
	setVisible(group: string, visible: boolean): void;
	/** Vertices traced in the last redraw, for tests and the benchmark. */
	traced(): number;
}

interface Internals {
	_map: Leaflet.Map & { _animatingZoom?: boolean };
	_bounds: Leaflet.Bounds;
	_container: HTMLCanvasElement;
	_ctx: CanvasRenderingContext2D;
	_drawn: string;
	_traced: number;
	_groups: Record<string, BoundaryGroup>;
}

/** Past this, line ends round into view: the widest boundary line and a pixel. */
const MARGIN = 3;
/** Largest drawing error, in screen pixels: below what the eye sees at a boundary's width. */
const TOLERANCE = 0.5;

/** `groups` are drawn in their order, each as one path (filled, then stroked). */
export function boundaryCanvas(L: typeof Leaflet, groups: Record<string, BoundaryGroup>): BoundaryCanvas {
	const base = L.Renderer.prototype as unknown as { _update(this: Internals): void };
	const Renderer = L.Renderer.extend({
		// As L.Canvas: the canvas reaches a tenth of the view beyond each edge, so a short drag shows no blank.
		options: { padding: 0.1 },
		_initContainer(this: Internals) {
			this._container = document.createElement('canvas');
			this._ctx = this._container.getContext('2d')!;
			this._groups = groups;
			this._drawn = '';
		},
		_destroyContainer(this: Internals) {
			this._container.remove();
			this._drawn = '';
		},
		// Leaflet's renderers redraw their paths on 'update'; this one has none and draws in _update.
		_updatePaths() {},
		_update(this: Internals) {
			// Like L.Canvas: during a zoom animation the canvas is scaled by CSS and redrawn when it ends.
			if (this._map._animatingZoom && this._bounds) return;
			base._update.call(this);
			const { min, max } = this._bounds as { min: Leaflet.Point; max: Leaflet.Point };
			L.DomUtil.setPosition(this._container, min);
			const origin = this._map.getPixelOrigin();
			const zoom = this._map.getZoom();
			const visible = Object.values(this._groups).map((g) => g.visible);
			// A zoom without animation ends with both 'moveend' and 'viewreset'; the second finds nothing new to draw.
			const key = [zoom, min.x, min.y, max.x, max.y, origin.x, origin.y, ...visible].join();
			if (key === this._drawn) return;
			this._drawn = key;
			this._traced = draw(this._container, this._ctx, Object.values(this._groups), {
				scale: this._map.getZoomScale(zoom, 0),
				offsetX: origin.x + min.x,
				offsetY: origin.y + min.y,
				width: max.x - min.x,
				height: max.y - min.y,
				ratio: L.Browser.retina ? 2 : 1
			});
		}
	});
	const renderer = new Renderer() as BoundaryCanvas & Internals;
	renderer.setVisible = (group, visible) => {
		groups[group].visible = visible;
		if (renderer._map && renderer._container) (renderer as unknown as { _update(): void })._update();
	};
	renderer.traced = () => renderer._traced ?? 0;
	return renderer;
}

function draw(
	canvas: HTMLCanvasElement,
	ctx: CanvasRenderingContext2D,
	groups: BoundaryGroup[],
	view: { scale: number; offsetX: number; offsetY: number; width: number; height: number; ratio: number }
): number {
	// Setting the size clears the canvas and its state.
	canvas.width = view.ratio * view.width;
	canvas.height = view.ratio * view.height;
	canvas.style.width = `${view.width}px`;
	canvas.style.height = `${view.height}px`;
	ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
	ctx.lineCap = 'round';
	ctx.lineJoin = 'round';
	let traced = 0;
	for (const { arcs, paths, closed, style, visible } of groups) {
		if (!visible) continue;
		ctx.beginPath();
		traced += tracePaths(ctx, arcs, paths, { ...view, margin: MARGIN, tolerance: TOLERANCE }, closed);
		if (closed && style.fillColor) {
			ctx.globalAlpha = style.fillOpacity ?? 1;
			ctx.fillStyle = style.fillColor;
			ctx.fill('evenodd');
			ctx.globalAlpha = 1;
		}
		ctx.setLineDash(style.dashArray ?? []);
		ctx.lineWidth = style.weight;
		ctx.strokeStyle = style.color;
		ctx.stroke();
	}
	return traced;
}
