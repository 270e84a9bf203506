/**
 * The one module that touches d3-zoom and d3-selection: wheel, drag and pinch on the timeline's SVG become a new
 * visible domain. The component keeps the domain; this attachment only translates gestures, and `controller.show`
 * moves the zoom to a domain chosen elsewhere (buttons, keyboard, the URL).
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
}

export function zoomable({ width, height, onzoom, oncontroller }: ZoomableOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		const base = timeScale(EXTENT, width);
		const behaviour = zoom<SVGSVGElement, unknown>()
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
