/**
 * Two lives side by side by age: each event placed at the age the person had that year (year minus birth year;
 * "about", since a year-precise birth cannot give an exact age).
 * @example eventsByAge(zhao, zhaoEvents) // [{ age: 21, events: [...] }, …]
 */
export function ageInYear(birthYear: number, year: number): number {
	return year - birthYear;
}

export function alignByAge<T extends { date: { year: number } }>(
	a: { birthYear: number; events: readonly T[] },
	b: { birthYear: number; events: readonly T[] }
): { age: number; a: T[]; b: T[] }[] {
	const rows = new Map<number, { age: number; a: T[]; b: T[] }>();
	const put = (side: 'a' | 'b', birthYear: number, events: readonly T[]) => {
		for (const event of events) {
			const age = ageInYear(birthYear, event.date.year);
			const row = rows.get(age) ?? { age, a: [], b: [] };
			row[side].push(event);
			rows.set(age, row);
		}
	};
	put('a', a.birthYear, a.events);
	put('b', b.birthYear, b.events);
	return [...rows.values()].sort((x, y) => x.age - y.age);
}
