/**
 * Finding a figure by any name a student might type: characters (赵一曼, 江姐), pinyin with or without tone marks
 * and spaces (Zhào Yīmàn, zhao yiman, zhaoyiman), English (Jiang Zhuyun), or an alias (李坤泰).
 */

/**
 * Lower case, tone marks and ü's dots removed, spaces, hyphens and apostrophes dropped.
 * @example normalizeName("Zhào Yīmàn") // "zhaoyiman"
 */
export function normalizeName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\s'’\-·.]/g, '');
}

export interface Searchable {
	name: { zh: string; pinyin: string; en: string };
	otherNames?: { zh: string; pinyin?: string; en?: string }[];
}

/** Every form of every name of a figure, normalised, for matching. */
export function searchKeys(figure: Searchable): string[] {
	const names = [figure.name, ...(figure.otherNames ?? [])];
	return [
		...new Set(
			names
				.flatMap((n) => [n.zh, n.pinyin, n.en])
				.filter((s): s is string => Boolean(s))
				.map(normalizeName)
		)
	];
}

/** Whether a query matches part of any name of the figure. An empty query matches everyone. */
export function matchesFigure(keys: readonly string[], query: string): boolean {
	const q = normalizeName(query);
	return q === '' || keys.some((key) => key.includes(q));
}
