/**
 * Who is related to whom in the content: figures who share an event, then figures who share a place, strongest first.
 * @example relatedFigures('jiang-zhujun', events, figuresByPlace) // ['li-qinglin', …]
 */
export function relatedFigures(
	id: string,
	events: readonly { figures: readonly string[]; places: readonly string[] }[],
	figuresByPlace: Readonly<Record<string, readonly string[]>>,
	limit = 6
): string[] {
	const score = new Map<string, number>();
	const add = (other: string, points: number) => {
		if (other !== id) score.set(other, (score.get(other) ?? 0) + points);
	};
	const own = events.filter((e) => e.figures.includes(id));
	for (const event of own) event.figures.forEach((other) => add(other, 3));
	const places = new Set(own.flatMap((e) => e.places));
	for (const [place, people] of Object.entries(figuresByPlace))
		if (places.has(place)) people.forEach((other) => add(other, 1));
	return [...score]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([other]) => other);
}
