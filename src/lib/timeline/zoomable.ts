/**
 * The one module that touches d3-zoom and d3-selection: wheel, drag and pinch on the timeline's SVG become a new
 * visible domain. The component keeps the domain; this attachment only translates gestures, and `controller.show`
 * moves the zoom to a domain chosen elsewhere (buttons, keyboard, the URL).
 *
 * The timeline sits in a page that scrolls, so it does not take the page's gestures: the wheel zooms only with Ctrl
 * (or ⌘; a touchpad's pinch sends that too), and a vertical swipe on a phone scrolls the page (the stage allows
 * `touch-action: pan-y`; whatever the browser takes for scrolling is not also a pan of the timeline).
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
		// The transform last shown, and whether the browser has scrolled the page during a gesture since.
		let applied = zoomIdentity;
		let scrolled = false;
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
				const source = event.sourceEvent as Event | null;
				// A touchmove the page may not cancel is one the browser is using to scroll the page.
				if (source?.type === 'touchmove' && !source.cancelable) {
					scrolled = true;
					return;
				}
				applied = event.transform;
				// Programmatic moves (show) carry no sourceEvent: the component already has that domain.
				if (source) onzoom(event.transform.rescaleX(base).domain() as [number, number]);
			})
			.on('end', () => {
				// Put d3's idea of the view back to what is shown, so the next gesture does not jump.
				if (!scrolled) return;
				scrolled = false;
				selection.call(behaviour.transform, applied);
			});
		const selection = select(svg).call(behaviour);
		oncontroller({
			show([d0, d1]) {
				const k = (EXTENT[1] - EXTENT[0]) / (d1 - d0);
				selection.call(behaviour.transform, zoomIdentity.translate(-base(d0) * k, 0).scale(k));
			}
		});
		return () => {
			selection.on('.zoom', null);
			oncontroller(undefined);
		};
	};
}
