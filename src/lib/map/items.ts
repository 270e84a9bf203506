/**
 * What the map needs of the content, shaped on the server so the client receives only these fields (as
 * timeline/items.ts does for the timeline): places, events with their span and order, and figures' births and deaths.
 */
import type { Figure, HistoricDate, Localized, Place, TimelineEvent } from '$lib/content/schema';
import { plainDate, type QualifiedDate } from '$lib/format/dates';
import { eventSpan } from '$lib/timeline/layout';
import { evidenceOf, type Evidence } from '$lib/content/evidence';
import type { MapEvent, MapPlace } from './markers';

export interface MapMoment {
	sortKey: number;
	date: QualifiedDate;
	place?: string;
}

export interface MapFigure {
	id: string;
	name: Localized & { pinyin: string };
	birth: MapMoment;
	death?: MapMoment;
}

/** A map event with what only the panel's list needs: its order and the flags on its evidence. */
export type MapItem = MapEvent & Evidence & { sortKey: number };

const moment = ({ date, place }: { date: HistoricDate; place?: string }): MapMoment => ({
	sortKey: date.sortKey,
	date: plainDate(date),
	place
});

export const toMapPlace = ({ id, names, lat, lng, region, prefecture }: Place): MapPlace => ({
	id,
	names,
	lat,
	lng,
	region,
	prefecture
});

export const toMapEvent = (e: TimelineEvent): MapItem => {
	const { id, title, date, endDate, places, figures } = e;
	return {
		id,
		title,
		date: plainDate(date),
		span: eventSpan(date, endDate),
		sortKey: date.sortKey,
		...evidenceOf(e),
		places,
		figures
	};
};

export const toMapFigure = ({ id, name, birth, death }: Figure): MapFigure => ({
	id,
	name: { zh: name.zh, en: name.en, pinyin: name.pinyin },
	birth: moment(birth),
	death: death && moment(death)
});

/**
 * The places a life passed through, each once: birth, death, then the places of her events.
 * @example lifePlaces(zhaoYiman, events) // ['yibin-baihua', 'zhuhe', 'yibin', …]
 */
export function lifePlaces(figure: Pick<Figure, 'id' | 'birth' | 'death'>, events: readonly TimelineEvent[]): string[] {
	return [
		...new Set(
			[
				figure.birth.place,
				figure.death?.place,
				...events.filter((e) => e.figures.includes(figure.id)).flatMap((e) => e.places)
			].filter((id): id is string => Boolean(id))
		)
	];
}
