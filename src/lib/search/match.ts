/**
 * The site search, in the browser and offline: every word of the query must occur in an entry. Chinese is matched
 * as it is written (no word breaking is needed for substrings); Latin letters ignore case and tone marks, and match
 * at the start of a word ("law" finds "Marriage Law" and "lawyers", not "outlawed"); pinyin names may be typed
 * with or without spaces (zhaoyiman). Titles count for more than keys, keys for more than the text.
 */
import { normalizeName } from '$lib/figures/search';
import type { SearchEntry, SearchKind } from './entries';

/** Case and tone marks folded, one character for one character, so positions in the folded text are the original's. */
export function fold(text: string): string {
	let out = '';
	for (const char of text) {
		const folded = char
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase();
		out += folded.length === char.length ? folded : char;
	}
	return out;
}

/** The words of a query, folded; full-width spaces and Chinese punctuation separate words too. */
export function queryWords(query: string): string[] {
	return fold(query)
		.split(/[\s\u3000,，、;；]+/)
		.filter(Boolean);
}

const HAN = /[\u3400-\u9fff]/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a word occurs in folded text from `from` on: anywhere for Chinese, at the start of a word for Latin letters. */
function find(folded: string, word: string, from = 0): number {
	if (HAN.test(word)) return folded.indexOf(word, from);
	const pattern = new RegExp(`(^|[^a-z0-9])${escape(word)}`, 'g');
	// One character back, so the character before `from` can be the word boundary.
	pattern.lastIndex = Math.max(0, from - 1);
	for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
		const at = match.index + match[1].length;
		if (at >= from) return at;
	}
	return -1;
}

export interface Prepared extends SearchEntry {
	folded: { title: string; text: string; keys: string; compactKeys: string };
}

export function prepare(entries: SearchEntry[]): Prepared[] {
	return entries.map((entry) => ({
		...entry,
		folded: {
			title: fold(entry.title),
			text: fold(entry.text),
			keys: fold(entry.keys.join('\n')),
			compactKeys: entry.keys.map(normalizeName).join('\n')
		}
	}));
}

/** A piece of shown text, marked where it matched the query. */
export interface Segment {
	text: string;
	mark: boolean;
}

export interface Hit {
	entry: SearchEntry;
	score: number;
	title: Segment[];
	/** Up to about `SNIPPET` characters of the text around the first match (or its start), with the matches marked. */
	snippet: Segment[];
}

const SNIPPET = 90;

/** Splits `text` into marked and unmarked pieces for every occurrence of every word. */
export function highlight(text: string, folded: string, words: string[]): Segment[] {
	const marked = new Array<boolean>(text.length).fill(false);
	for (const word of words) {
		for (let at = find(folded, word); at >= 0; at = find(folded, word, at + word.length)) {
			marked.fill(true, at, at + word.length);
		}
	}
	const segments: Segment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = segments.at(-1);
		if (last && last.mark === marked[i]) last.text += text[i];
		else segments.push({ text: text[i], mark: marked[i] });
	}
	return segments;
}

function snippetOf(entry: Prepared, words: string[]): Segment[] {
	const { text } = entry;
	const first = Math.min(...words.map((w) => find(entry.folded.text, w)).filter((i) => i >= 0), Infinity);
	let start = first === Infinity ? 0 : Math.max(0, first - Math.floor(SNIPPET / 3));
	const end = Math.min(text.length, start + SNIPPET);
	start = Math.max(0, Math.min(start, end - SNIPPET));
	const segments = highlight(text.slice(start, end), entry.folded.text.slice(start, end), words);
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < text.length) segments.push({ text: '…', mark: false });
	return segments;
}

/**
 * The entries every word of the query occurs in, best first: a title (or another name) that is the query, then
 * titles that contain it, then other names, then the text; ties go to the weightier entry, then to the original order.
 */
export function search(entries: Prepared[], query: string, kind?: SearchKind): Hit[] {
	const words = queryWords(query);
	if (words.length === 0) return [];
	const compactQuery = normalizeName(query);
	const hits: (Hit & { order: number })[] = [];
	entries.forEach((entry, order) => {
		if (kind && entry.kind !== kind) return;
		const { folded } = entry;
		let score = 0;
		for (const word of words) {
			if (find(folded.title, word) >= 0) score += 10;
			else if (find(folded.keys, word) >= 0) score += 6;
			else if (find(folded.text, word) >= 0) score += 2;
			else if (words.length === 1 && compactQuery.length > 2 && folded.compactKeys.includes(compactQuery)) score += 6;
			else return;
		}
		// The very thing typed: a title that is the query, or another name that is (江姐 is 江竹筠).
		const whole = fold(query.trim());
		if (folded.title === whole) score += 20;
		else if (folded.keys.split('\n').includes(whole)) score += 15;
		hits.push({
			entry,
			score: score + entry.weight,
			title: highlight(entry.title, folded.title, words),
			snippet: snippetOf(entry, words),
			order
		});
	});
	return hits.sort((a, b) => b.score - a.score || a.order - b.order).map(({ order: _order, ...hit }) => hit);
}
