/**
 * How far a reader should weigh an event's evidence, in two flags every list of events can show:
 * its date is disputed (the sources give variants) or it rests on a single source.
 */
import type { TimelineEvent } from './schema';

export interface Evidence {
	/** The sources disagree about its date or end date (the variants are on the event page). */
	disputed: boolean;
	/** It rests on one source; the event page says what was searched for a second. */
	singleSource: boolean;
}

export const evidenceOf = ({
	date,
	endDate,
	singleSource
}: Pick<TimelineEvent, 'date' | 'endDate' | 'singleSource'>): Evidence => ({
	disputed: Boolean(date.variants || endDate?.variants),
	singleSource: Boolean(singleSource)
});
