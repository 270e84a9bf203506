import type { Localized, Place } from '$lib/content/schema';

/** The name in use today: the last entry of `names`, which has no end year. */
export function currentName(place: Place): Localized {
	const { zh, en } = place.names[place.names.length - 1];
	return { zh, en };
}

/**
 * The name a place had in a given year, if the data records it; otherwise the current name.
 * @example nameInYear(yibinCounty, 1905).zh // "宜宾县"
 */
export function nameInYear(place: Place, year: number): Localized {
	const match = place.names.find((n) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity));
	return match ? { zh: match.zh, en: match.en } : currentName(place);
}

/**
 * "then (now …)" when the name has changed since: 宜宾县白花场（今宜宾市叙州区白花镇）.
 * @example thenAndNow(place, 1905, 'zh') // "宜宾县白花场（今宜宾市叙州区白花镇）"
 */
export function thenAndNow(place: Place, year: number, lang: 'zh' | 'en'): string {
	const then = nameInYear(place, year)[lang];
	const now = currentName(place)[lang];
	if (then === now) return now;
	return lang === 'zh' ? `${then}（今${now}）` : `${then} (now ${now})`;
}
