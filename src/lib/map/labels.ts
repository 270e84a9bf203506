/**
 * Where the map's place names go (prefecture names on the base map): on their point if nothing is there, else just
 * below or above the place's own marker, else nowhere — a name half under a marker is worse than
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
/** Between two names on one line: "Ya'anLeshan" must read as two names. */
const NAME_GAP = 6;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const contains = (box: Box, x: number, y: number) => box[0] <= x && x <= box[2] && box[1] <= y && y <= box[3];
const widen = (box: Box, by: number): Box => [box[0] - by, box[1], box[2] + by, box[3]];

/**
 * Places labels in the order given (put the important ones first): each takes the first of its candidate positions
 * that touches no obstacle (the markers, journey stops, other labels on the map) and no label placed before it.
 * A name moves below or above a marker only when that marker stands on its own point (it is that place's marker);
 * pushed away from another place's marker it would name the wrong one, so it is hidden instead.
 */
export function placeLabels(labels: readonly LabelInput[], obstacles: readonly Box[]): LabelPlacement[] {
	const taken: Box[] = [];
	return labels.map(({ x, y, width, height }) => {
		const box = (dy: number): Box => [x - width / 2, y + dy, x + width / 2, y + dy + height];
		const centred = box(-height / 2);
		const hit = obstacles.filter((o) => overlaps(o, centred));
		let candidates = [-height / 2];
		if (hit.length) {
			if (!hit.some((o) => contains(o, x, y))) return null;
			// Just clear of the obstacles that the centred name would touch.
			const below = Math.max(...hit.map((o) => o[3] - y)) + GAP;
			const above = Math.min(...hit.map((o) => o[1] - y)) - GAP - height;
			candidates = [below, above];
		}
		for (const dy of candidates) {
			const b = box(dy);
			if (obstacles.some((o) => overlaps(o, b)) || taken.some((t) => overlaps(t, b))) continue;
			taken.push(widen(b, NAME_GAP));
			return { dx: -width / 2, dy };
		}
		return null;
	});
}
