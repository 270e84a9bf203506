import { t, type Lang } from '$lib/i18n';
import { QUIZ_SIZE } from '$lib/quiz/quiz';

/** The ways into the exhibition, with what each holds: the home page and the kiosk home show the same ones. */
export function waysIn(
	lang: Lang,
	counts: { events: number; places: number; figures: number; tours?: number; terms?: number }
) {
	const ways = [
		{
			path: '/timeline/',
			title: t(lang, 'navTimeline'),
			text: t(lang, 'waysInTimeline'),
			count: t(lang, 'eventCount', { count: counts.events })
		},
		{
			path: '/map/',
			title: t(lang, 'navMap'),
			text: t(lang, 'waysInMap'),
			count: t(lang, 'placeCount', { count: counts.places })
		},
		{
			path: '/figures/',
			title: t(lang, 'navFigures'),
			text: t(lang, 'waysInFigures'),
			count: t(lang, 'figureCount', { count: counts.figures })
		}
	];
	if (counts.tours) {
		ways.push({
			path: '/tours/',
			title: t(lang, 'navTours'),
			text: t(lang, 'waysInTours'),
			count: t(lang, 'tourCount', { count: counts.tours })
		});
	}
	if (counts.terms) {
		ways.push({
			path: '/glossary/',
			title: t(lang, 'glossaryTitle'),
			text: t(lang, 'waysInGlossary'),
			count: t(lang, 'termCount', { count: counts.terms })
		});
	}
	ways.push({
		path: '/quiz/',
		title: t(lang, 'quizTitle'),
		text: t(lang, 'waysInQuiz'),
		count: t(lang, 'quizCount', { count: QUIZ_SIZE })
	});
	return ways;
}
