/**
 * What the timeline needs of the content, shaped on the server so the client receives only these fields:
 * events with their span on the time axis, and figures' lives for life lines.
 */
import type { Figure, Localized, TimelineEvent } from '$lib/content/schema';
import { evidenceOf, type Evidence } from '$lib/content/evidence';
import { plainDate, type QualifiedDate } from '$lib/format/dates';
import { dateSpan, eventSpan } from './layout';

/**
 * An event as the timeline draws it. The summary, the sources and the variants of disputed dates stay out of the
 * page (they would make it several times heavier); the detail panel fetches them from the open data when it opens.
 */
export type TimelineItem = Pick<TimelineEvent, 'id' | 'title' | 'era' | 'themes' | 'figures' | 'places'> &
	Evidence & {
		date: QualifiedDate;
		endDate?: QualifiedDate;
		span: [number, number];
		/** How many chapters and tours rely on it (0 if it is not a key event): the chart labels these first. */
		weight: number;
		/** A shorter label for the chart where the page says the rest (her name on her own profile). */
		label?: Localized;
	};

export interface LifeLine {
	id: string;
	name: Figure['name'];
	birth: QualifiedDate;
	death?: QualifiedDate;
	/** Birth to death; a living person's line runs to the end of the timeline. */
	span: [number, number];
}

export interface Option {
	id: string;
	label: Localized;
}

export function toTimelineItem(e: TimelineEvent, weight: number): TimelineItem {
	const { id, date, endDate, title, era, themes, figures, places } = e;
	return {
		id,
		date: plainDate(date),
		endDate: endDate && plainDate(endDate),
		...evidenceOf(e),
		title,
		era,
		themes,
		figures,
		places,
		span: eventSpan(date, endDate),
		weight
	};
}

export function toLifeLine(f: Figure, end: number): LifeLine {
	return {
		id: f.id,
		name: f.name,
		birth: plainDate(f.birth.date),
		death: f.death && plainDate(f.death.date),
		span: [dateSpan(f.birth.date)[0], f.death ? dateSpan(f.death.date)[1] : end]
	};
}
