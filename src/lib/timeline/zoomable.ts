/**
 * The one module that touches d3-zoom and d3-selection: wheel, drag and pinch on the timeline's SVG become a new
 * visible domain. The component keeps the domain; this attachment only translates gestures, and `controller.show`
 * moves the zoom to a domain chosen elsewhere (buttons, keyboard, the URL).
 *
 * The timeline sits in a page that scrolls, so it does not take the page's gestures: the wheel zooms only with Ctrl
 * (or ⌘; a touchpad's pinch sends that too), and a one-finger swipe that starts vertically scrolls the page (the
 * stage allows `touch-action: pan-y`, and d3 never sees that swipe: it would cancel the scroll).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { EXTENT, MIN_SPAN, timeScale, type Domain } from './layout';

export interface ZoomController {
	/** Move the zoom to show this domain, without animation. */
	show(domain: Domain): void;
}

export interface ZoomableOptions {
	width: number;
	height: number;
	/** Called with the new visible domain after every gesture step. */
	onzoom: (domain: [number, number]) => void;
	/** Receives the controller once the behaviour is attached. */
	oncontroller: (controller: ZoomController | undefined) => void;
	/** A wheel turned without Ctrl: the page scrolls, and the reader may be told how to zoom. */
	onplainwheel?: () => void;
}

export function zoomable({
	width,
	height,
	onzoom,
	oncontroller,
	onplainwheel
}: ZoomableOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		const base = timeScale(EXTENT, width);
		const behaviour = zoom<SVGSVGElement, unknown>()
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const wheel = event as WheelEvent;
					if (wheel.ctrlKey || wheel.metaKey) return true;
					onplainwheel?.();
					return false;
				}
				return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
			})
			// d3 multiplies every Ctrl+wheel step by 10, for a touchpad's pinch (small steps). Now that a mouse wheel
			// needs Ctrl too, its notches (about 100) keep their plain size, or each would zoom fourfold.
			.wheelDelta((event: WheelEvent) => {
				const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
				return Math.abs(event.deltaY) < 50 ? delta * 10 : delta;
			})
			.scaleExtent([1, (EXTENT[1] - EXTENT[0]) / MIN_SPAN])
			.translateExtent([
				[0, 0],
				[width, height]
			])
			.extent([
				[0, 0],
				[width, height]
			])
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				// Programmatic moves (show) carry no sourceEvent: the component already has that domain.
				if (event.sourceEvent) onzoom(event.transform.rescaleX(base).domain() as [number, number]);
			});
		// One finger: its first few pixels decide whether the swipe is the page's (vertical) or the timeline's. Until
		// then, and for the page's, d3 does not get the moves (its listeners are on the SVG; these capture first).
		let start: { x: number; y: number } | undefined;
		let owner: 'page' | 'timeline' | undefined;
		const ontouchstart = (event: TouchEvent) => {
			const [touch] = event.touches;
			start = event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : undefined;
			owner = event.touches.length === 1 ? undefined : 'timeline';
		};
		const ontouchmove = (event: TouchEvent) => {
			if (event.touches.length > 1) owner = 'timeline';
			if (!owner && start) {
				const dx = event.touches[0].clientX - start.x;
				const dy = event.touches[0].clientY - start.y;
				if (Math.hypot(dx, dy) >= 8) owner = Math.abs(dy) > Math.abs(dx) ? 'page' : 'timeline';
			}
			if (owner !== 'timeline') event.stopImmediatePropagation();
		};
		svg.addEventListener('touchstart', ontouchstart, { capture: true, passive: true });
		svg.addEventListener('touchmove', ontouchmove, { capture: true, passive: true });
		const selection = select(svg).call(behaviour);
		oncontroller({
			show([d0, d1]) {
				const k = (EXTENT[1] - EXTENT[0]) / (d1 - d0);
				selection.call(behaviour.transform, zoomIdentity.translate(-base(d0) * k, 0).scale(k));
			}
		});
		return () => {
			svg.removeEventListener('touchstart', ontouchstart, { capture: true });
			svg.removeEventListener('touchmove', ontouchmove, { capture: true });
			selection.on('.zoom', null);
			oncontroller(undefined);
		};
	};
}
