/**
 * The height messages an embed sends to the page that frames it (REQUIREMENTS E-03): pym.js's string format and
 * AMP's `embed-size`, so that pym, AMP and our own parent script (static/embed.js) can all resize the iframe.
 */
export function pymMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(height)].join('xPYMx');
}

export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Calls `send` with the height of the embed's content (`root`, which wraps everything) now and whenever it changes,
 * not more than once per animation frame and only when the value is new. Returns a function that stops.
 * The content is measured, not the document: a document is never shorter than its frame, so an embed measured that
 * way could grow (a list opened) but never shrink again.
 */
export function watchHeight(root: HTMLElement, send: (height: number) => void): () => void {
	let last = -1;
	let frame = 0;
	const measure = () => {
		frame = 0;
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		send(height);
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};
	const observer = new ResizeObserver(schedule);
	observer.observe(root);
	measure();
	return () => {
		observer.disconnect();
		cancelAnimationFrame(frame);
	};
}
