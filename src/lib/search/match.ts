/**
 * The site search, in the browser and offline: every word of the query must occur in an entry. Chinese is matched
 * as it is written (no word breaking is needed for substrings); Latin letters ignore case and tone marks, and match
 * at the start of a word ("law" finds "Marriage Law" and "lawyers", not "outlawed"); pinyin names may be typed
 * with or without spaces (zhaoyiman). Titles count for more than keys, keys for more than the text.
 */
import { normalizeName } from '$lib/figures/search';
import type { SearchEntry, SearchFile, SearchKind } from './entries';

/**
 * Case, tone marks and full-width forms folded (ｌａｗ１９５０ is law1950), one character for one character, so
 * positions in the folded text are the original's.
 */
export function fold(text: string): string {
	let out = '';
	for (const char of text) {
		const folded = char
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase();
		out += folded.length === char.length ? folded : char;
	}
	return out;
}

/**
 * The words of a query, folded, with traditional characters read as simplified (趙 as 赵: `simplified` comes with
 * the index); full-width spaces and Chinese punctuation separate words too, and a "word" of punctuation only (。 or
 * 《) is no word: it would match nearly everything.
 */
export function queryWords(query: string, simplified: ReadonlyMap<string, string> = new Map()): string[] {
	let text = fold(query);
	if (simplified.size) text = Array.from(text, (char) => simplified.get(char) ?? char).join('');
	return text.split(/[\s\u3000,，、;；]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
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
	folded: { title: string; text: string; keys: string; keyList: string[]; compactKeys: string[] };
}

/** An index ready to search: its entries folded once, and its traditional → simplified characters. */
export interface SearchIndex {
	entries: Prepared[];
	simplified: ReadonlyMap<string, string>;
}

/**
 * Also takes the index as releases before session 10 wrote it (a bare list of entries), should a browser still hold
 * one. The pairs are one UTF-16 unit each (src/lib/server/simplified.ts), so they are read two units at a time.
 */
export function prepare(file: SearchFile | SearchEntry[]): SearchIndex {
	const { entries, simplified: pairs } = Array.isArray(file) ? { entries: file, simplified: '' } : file;
	const simplified = new Map<string, string>();
	for (let i = 0; i + 1 < pairs.length; i += 2) simplified.set(pairs[i], pairs[i + 1]);
	return { entries: prepareEntries(entries), simplified };
}

function prepareEntries(entries: SearchEntry[]): Prepared[] {
	return entries.map((entry) => ({
		...entry,
		folded: {
			title: fold(entry.title),
			text: fold(entry.text),
			keys: fold(entry.keys.join('\n')),
			keyList: entry.keys.map(fold),
			compactKeys: entry.keys.map(normalizeName)
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

/** What a match is worth, by where it is. */
const SCORE = {
	/** The title is the query (or is it, but for 市, 县, 区, 省: 重庆 is 重庆市), or another name is (江姐 is 江竹筠). */
	exactTitle: 20,
	exactName: 15,
	/** The title starts with the query: 宜宾市 before 宜宾市翠屏区白花镇. */
	titleStart: 5,
	/** Per word: in the title, in another name or key, in the text. */
	title: 10,
	key: 6,
	text: 2
};

/** Whether a title begins with the query: with Latin letters, as whole words ("law" begins "Law of…", not "Lawyers"). */
function startsWith(title: string, query: string): boolean {
	if (!title.startsWith(query)) return false;
	return HAN.test(query.at(-1) ?? '') || !/[a-z0-9]/.test(title[query.length] ?? '');
}

/** A place's title without its administrative suffix, for an exact match: 重庆市 → 重庆. */
const bare = (title: string) => title.replace(/[市县区省]$/, '');

/**
 * Pinyin typed as one word or in other pieces than the stored name (zhaoyiman, chong qing): the query without
 * spaces, at the start of a name, or anywhere in it once it is long enough not to match by chance (yiman, not ang).
 */
function matchesCompact(compactKeys: string[], compactQuery: string): boolean {
	if (compactQuery.length < 2 || !/^[a-z0-9]+$/.test(compactQuery)) return false;
	return compactKeys.some(
		(key) => key.startsWith(compactQuery) || (compactQuery.length >= 5 && key.includes(compactQuery))
	);
}

/**
 * The entries every word of the query occurs in, best first: a title (or another name) that is the query, then
 * titles that start with it, then by where each word was found; ties go to the weightier entry, then the shorter
 * title, then the original order.
 */
export function search(index: SearchIndex, query: string, kind?: SearchKind): Hit[] {
	const words = queryWords(query, index.simplified);
	if (words.length === 0) return [];
	const whole = words.join(' ');
	const compactQuery = normalizeName(whole);
	const hits: (Hit & { order: number })[] = [];
	index.entries.forEach((entry, order) => {
		if (kind && entry.kind !== kind) return;
		const { folded } = entry;
		let score = 0;
		for (const word of words) {
			if (find(folded.title, word) >= 0) score += SCORE.title;
			else if (find(folded.keys, word) >= 0) score += SCORE.key;
			else if (find(folded.text, word) >= 0) score += SCORE.text;
			else {
				score = -1;
				break;
			}
		}
		if (score < 0) {
			if (!matchesCompact(folded.compactKeys, compactQuery)) return;
			score = SCORE.key;
		}
		if (folded.title === whole || bare(folded.title) === whole) score += SCORE.exactTitle;
		else if (folded.keyList.includes(whole) || folded.compactKeys.includes(compactQuery)) score += SCORE.exactName;
		else if (startsWith(folded.title, whole)) score += SCORE.titleStart;
		hits.push({
			entry,
			score: score + entry.weight,
			title: highlight(entry.title, folded.title, words),
			snippet: snippetOf(entry, words),
			order
		});
	});
	return hits
		.sort((a, b) => b.score - a.score || a.entry.title.length - b.entry.title.length || a.order - b.order)
		.map(({ order: _order, ...hit }) => hit);
}
