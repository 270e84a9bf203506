import { describe, expect, it } from 'vitest';
import type { SearchEntry } from './entries';
import { fold, highlight, prepare, queryWords, search } from './match';

const entry = (title: string, text = '', keys: string[] = [], weight = 0): SearchEntry => ({
	kind: 'event',
	path: `/events/${title}/`,
	title,
	meta: '',
	text,
	keys,
	weight
});

describe('fold()', () => {
	it('drops case and tone marks but keeps every position', () => {
		expect(fold('Zhào Yīmàn')).toBe('zhao yiman');
		expect(fold('婚姻法 Marriage')).toBe('婚姻法 marriage');
		expect(fold('Lǘ').length).toBe('Lǘ'.length);
	});
});

describe('queryWords()', () => {
	it('splits on spaces, full-width spaces and Chinese commas', () => {
		expect(queryWords(' 赵一曼\u3000宜宾，1924 ')).toEqual(['赵一曼', '宜宾', '1924']);
	});
});

describe('search()', () => {
	const entries = prepare({
		entries: [
			entry('Marriage Law takes effect', 'Women could now divorce.', [], 1),
			entry('Lawyers meet', 'A meeting.'),
			entry('An outlawed paper', 'Banned.'),
			entry('赵一曼在宜宾加入中国共产党', '她在宜宾女中读书。', ['宜宾', '赵一曼', 'Zhào Yīmàn', 'Zhao Yiman']),
			entry('江竹筠被捕', '在万县。', ['江竹筠', 'Jiāng Zhújūn'])
		],
		simplified: '趙赵萬万縣县'
	});
	const titles = (query: string) => search(entries, query).map((hit) => hit.entry.title);

	it('finds Latin words at the start of a word only, ignoring case', () => {
		expect(titles('law')).toEqual(['Marriage Law takes effect', 'Lawyers meet']);
		expect(titles('MARRIAGE')).toEqual(['Marriage Law takes effect']);
	});

	it('finds Chinese anywhere in a title, a key or the text, and needs every word', () => {
		expect(titles('宜宾')).toEqual(['赵一曼在宜宾加入中国共产党']);
		expect(titles('女中')).toEqual(['赵一曼在宜宾加入中国共产党']);
		expect(titles('赵一曼 万县')).toEqual([]);
	});

	it('finds a name by pinyin with or without tone marks and spaces', () => {
		expect(titles('zhao yiman')).toEqual(['赵一曼在宜宾加入中国共产党']);
		expect(titles('zhaoyiman')).toEqual(['赵一曼在宜宾加入中国共产党']);
		expect(titles('Jiāng')).toEqual(['江竹筠被捕']);
	});

	it('does not let a few letters match inside names, but joins pinyin typed in other pieces', () => {
		expect(titles('ang')).toEqual([]);
		expect(titles('zhujun')).toEqual(['江竹筠被捕']);
		expect(titles('jiang zhu jun')).toEqual(['江竹筠被捕']);
	});

	it('ignores punctuation typed alone, and reads full-width letters and digits as ordinary ones', () => {
		expect(search(entries, '。')).toEqual([]);
		expect(search(entries, '《 》')).toEqual([]);
		expect(titles('ｌａｗ')).toEqual(titles('law'));
	});

	it('reads an index written before the traditional characters were added (a bare list)', () => {
		const old = prepare([entry('Marriage Law takes effect', 'Women could now divorce.')]);
		expect(search(old, 'law').map((hit) => hit.entry.title)).toEqual(['Marriage Law takes effect']);
	});

	it('reads traditional characters as simplified, and marks the match in the simplified text', () => {
		expect(titles('趙一曼')).toEqual(['赵一曼在宜宾加入中国共产党']);
		expect(titles('萬縣')).toEqual(['江竹筠被捕']);
		const [hit] = search(entries, '趙一曼');
		expect(hit.title.find((segment) => segment.mark)?.text).toBe('赵一曼');
	});

	it('ranks a title match above a match in the text only', () => {
		const ranked = prepare({
			entries: [entry('A meeting', 'about the marriage law'), entry('Marriage Law takes effect')],
			simplified: ''
		});
		expect(search(ranked, 'marriage').map((hit) => hit.entry.title)).toEqual([
			'Marriage Law takes effect',
			'A meeting'
		]);
	});

	it('marks the matched words in the title and the snippet', () => {
		const [hit] = search(entries, '宜宾');
		expect(hit.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['宜宾']);
		expect(hit.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['宜宾']);
	});

	it('gives nothing for an empty query, and can keep to one kind', () => {
		expect(search(entries, '   ')).toEqual([]);
		expect(search(entries, 'law', 'figure')).toEqual([]);
	});
});

describe('highlight()', () => {
	it('marks every occurrence, and cuts nothing', () => {
		const text = 'Law and law';
		const segments = highlight(text, fold(text), ['law']);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.mark)).toHaveLength(2);
	});
});
