/** The events the self-check questions may use: only those whose date and evidence are not in doubt. */
import type { Place, TimelineEvent } from '$lib/content/schema';
import type { QuizEvent, QuizPlace } from '$lib/quiz/quiz';
import { content, placesById } from './content';
import { placeInYear } from './views';

/** A place's names then and now, with and without 县/市/区… (万县, 西昌县 → 西昌), to see whether a title names it. */
const namesOf = (place: Place) =>
	place.names
		.flatMap((n) => [n.zh, n.zh.replace(/(自治州|自治县|市|县|区|省|州|镇|乡|村)$/, '')])
		.filter((name) => name.length >= 2);

/** The event's one place, unless its title names it ("丁佑君在西昌…" cannot ask where the map places it). */
function askablePlace(e: TimelineEvent) {
	if (e.places.length !== 1) return undefined;
	const place = placesById.get(e.places[0])!;
	if (namesOf(place).some((name) => e.title.zh.includes(name))) return undefined;
	return {
		...placeInYear(e.places[0], e.date.year),
		prefecture: place.prefecture.zh,
		area: place.region === 'sichuan' || place.region === 'chongqing' ? 'sichuan' : 'elsewhere'
	} satisfies QuizPlace;
}

/**
 * Events with one undisputed date (no variants, no "about"/"before"/"after", no end date) that rest on at least two
 * independent sources (no single-source caution): a quiz must not mark a reader wrong on a point the sources argue
 * about.
 */
export function quizEvents(): QuizEvent[] {
	return content.events
		.filter((e) => !e.date.variants && !e.date.qualifier && !e.endDate && !e.singleSource)
		.map((e) => ({ id: e.id, title: e.title, year: e.date.year, era: e.era, place: askablePlace(e) }));
}
