import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesFigure, normalizeName, searchKeys, type Searchable } from './search';

describe('normalizeName()', () => {
	it.each([
		['Zhào Yīmàn', 'zhaoyiman'],
		['zhao yiman', 'zhaoyiman'],
		['Jiāng Zhújūn', 'jiangzhujun'],
		['Lǚ', 'lu'],
		["Guang'an", 'guangan'],
		['赵一曼', '赵一曼']
	])('normalizeName(%s) is %s', (input, expected) => {
		expect(normalizeName(input)).toBe(expected);
	});
});

// Generated from the data: every figure is found by characters, toneless pinyin (with and without spaces) and English.
const figures = readdirSync('data/figures').map(
	(file) => JSON.parse(readFileSync(`data/figures/${file}`, 'utf8')) as Searchable & { id: string }
);

describe('matchesFigure() finds every figure in data/', () => {
	it.each(figures.map((f) => [f.id, f] as const))('%s', (_id, figure) => {
		const keys = searchKeys(figure);
		const toneless = figure.name.pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		for (const query of [
			figure.name.zh,
			toneless,
			toneless.toLowerCase().replace(/\s+/g, ''),
			figure.name.pinyin,
			figure.name.en
		]) {
			expect(matchesFigure(keys, query), query).toBe(true);
		}
		const others = figures.filter((f) => f.id !== figure.id);
		expect(others.some((f) => matchesFigure(searchKeys(f), figure.name.zh))).toBe(false);
	});

	it('finds Jiang Zhujun by 江姐 and Zhao Yiman by 李坤泰', () => {
		const byId = Object.fromEntries(figures.map((f) => [f.id, searchKeys(f)]));
		expect(matchesFigure(byId['jiang-zhujun'], '江姐')).toBe(true);
		expect(matchesFigure(byId['zhao-yiman'], '李坤泰')).toBe(true);
		expect(matchesFigure(byId['zhao-yiman'], '江姐')).toBe(false);
	});
});
