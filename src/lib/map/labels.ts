/**
 * Where the map's place names go (prefecture names on the base map): on their point if nothing is there, else just
 * below or above the place marker that covers the point, else nowhere — a name half under a marker is worse than
 * none, and the list twin and the marker's panel name the place anyway. Pure geometry in pixels, so it is tested
 * without a browser.
 */

/** x0, y0, x1, y1 in pixels. */
export type Box = [number, number, number, number];

export interface LabelInput {
	/** The point the name belongs to. */
	x: number;
	y: number;
	/** The name's size. */
	width: number;
	height: number;
}

/** The offset of the label's top-left corner from its point, or null when it is hidden. */
export type LabelPlacement = { dx: number; dy: number } | null;

const GAP = 2;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels in the order given (put the important ones first): each takes the first of its candidate positions
 * that touches no obstacle (the markers) and no label placed before it.
 */
export function placeLabels(labels: readonly LabelInput[], obstacles: readonly Box[]): LabelPlacement[] {
	const taken: Box[] = [];
	return labels.map(({ x, y, width, height }) => {
		const box = (dy: number): Box => [x - width / 2, y + dy, x + width / 2, y + dy + height];
		const centred = box(-height / 2);
		// Just clear of the obstacles that the centred name would touch.
		const hit = obstacles.filter((o) => overlaps(o, centred));
		const below = Math.max(...hit.map((o) => o[3] - y)) + GAP;
		const above = Math.min(...hit.map((o) => o[1] - y)) - GAP - height;
		const candidates = hit.length ? [below, above] : [-height / 2];
		for (const dy of candidates) {
			const b = box(dy);
			if (obstacles.some((o) => overlaps(o, b)) || taken.some((t) => overlaps(t, b))) continue;
			taken.push(b);
			return { dx: -width / 2, dy };
		}
		return null;
	});
}
