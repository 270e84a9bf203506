// The site search over the real content: what a student types finds what she is looking for, first.
import { describe, expect, it } from 'vitest';
import { checkContent } from '$lib/content/check';
import { KINDS } from '$lib/search/entries';
import { searchFile } from '$lib/server/search-index';
import { simplifiedPairs } from '$lib/server/simplified';
import { prepare, search } from '$lib/search/match';
import { readData } from './fixtures';

const result = checkContent(readData('.'));
if (!result.ok) throw new Error('data/ does not check; run npm run check:data');
const content = result.content;
const zh = prepare(searchFile(content, 'zh'));
const en = prepare(searchFile(content, 'en'));
const first = (entries: typeof zh, query: string) => search(entries, query)[0]?.entry.path;

describe('the search index', () => {
	it('holds every event, figure, place, glossary term, era and tour once, in each language', () => {
		for (const { entries } of [zh, en]) {
			const count = (kind: (typeof KINDS)[number]) => entries.filter((e) => e.kind === kind).length;
			expect(count('event')).toBe(content.events.length);
			expect(count('figure')).toBe(content.figures.length);
			expect(count('place')).toBe(content.places.length);
			expect(count('term')).toBe(content.glossary.length);
			expect(count('era')).toBe(content.eras.length);
			expect(count('tour')).toBe(content.tours.length);
			expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
		}
	});
});

describe('searching the exhibition', () => {
	it('puts the person first when her name is typed, in characters, pinyin or English', () => {
		expect(first(zh, '赵一曼')).toBe('/figures/zhao-yiman/');
		expect(first(zh, 'zhaoyiman')).toBe('/figures/zhao-yiman/');
		expect(first(en, 'Zhao Yiman')).toBe('/figures/zhao-yiman/');
		expect(first(zh, '江姐')).toBe('/figures/jiang-zhujun/');
	});

	it('finds the 1950 Marriage Law by its Chinese or English name', () => {
		expect(search(zh, '婚姻法').map((hit) => hit.entry.path)).toContain('/events/marriage-law-1950/');
		expect(search(en, 'marriage law').map((hit) => hit.entry.path)).toContain('/events/marriage-law-1950/');
	});

	it('finds a place by its old name, and what happened there', () => {
		const hits = search(zh, '渡口').map((hit) => hit.entry.path);
		expect(hits).toContain('/map/?place=panzhihua');
		expect(hits).toContain('/events/panzhihua-women-third-front-builders-1965/');
	});

	it('puts the city first when its name is typed without 市, and the year first finds that year', () => {
		expect(first(zh, '重庆')).toBe('/map/?place=chongqing');
		expect(first(en, 'Chongqing')).toBe('/map/?place=chongqing');
		expect(first(zh, 'chong qing')).toBe('/map/?place=chongqing');
		expect(
			search(zh, '1950')
				.slice(0, 5)
				.map((hit) => hit.entry.path)
		).toContain('/events/marriage-law-1950/');
	});

	it('finds a glossary term by its name or alias', () => {
		expect(first(zh, '三线建设')).toBe('/glossary/#third-front-construction');
	});

	it('finds nothing for words the exhibition does not contain', () => {
		expect(search(zh, '火星殖民')).toEqual([]);
		expect(search(en, 'quantum')).toEqual([]);
	});
});

describe('traditional characters', () => {
	it('find the same as simplified ones: 趙一曼, 江竹筠 in 萬縣, 婚姻法 of 1950', () => {
		expect(first(zh, '趙一曼')).toBe(first(zh, '赵一曼'));
		expect(first(zh, '趙一曼')).toBe('/figures/zhao-yiman/');
		expect(search(zh, '萬縣').map((hit) => hit.entry.path)).toEqual(search(zh, '万县').map((hit) => hit.entry.path));
		expect(search(zh, '萬縣').length).toBeGreaterThan(0);
		expect(first(en, '趙一曼')).toBe('/figures/zhao-yiman/');
	});

	it('carry the pairs the exhibition’s names need, and never turn a character of everyday simplified text into another', () => {
		for (const [traditional, simplified] of [
			['趙', '赵'],
			['萬', '万'],
			['縣', '县'],
			['婦', '妇'],
			['聯', '联']
		])
			expect(zh.simplified.get(traditional), traditional).toBe(simplified);
		// 乾 is in OpenCC's table (乾 → 干) but simplified text writes 乾隆, 乾坤: typed alone it must not find 干部.
		expect(simplifiedPairs(['干部'])).toContain('幹干');
		expect(simplifiedPairs(['干部'])).not.toContain('乾');
		expect(zh.simplified.has('乾')).toBe(false);
		// A character the index itself uses is never read as another.
		const used = new Set(zh.entries.flatMap((e) => [...e.title, ...e.text, ...e.keys.join('')]));
		for (const traditional of zh.simplified.keys()) expect(used.has(traditional), traditional).toBe(false);
	});
});
