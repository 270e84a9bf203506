import { describe, expect, it } from 'vitest';
import type { Place } from '$lib/content/schema';
import { currentName, nameInYear, thenAndNow } from './names';

const baihua = {
	names: [
		{ zh: '宜宾县白花场', en: 'Baihua, Yibin County', to: 1992 },
		{ zh: '宜宾县白花镇', en: 'Baihua Town, Yibin County', from: 1992, to: 2018 },
		{ zh: '宜宾市翠屏区白花镇', en: 'Baihua Town, Cuiping District', from: 2018 }
	]
} as Place;

describe('place names', () => {
	it('currentName() is the last name', () => {
		expect(currentName(baihua).zh).toBe('宜宾市翠屏区白花镇');
	});

	it('nameInYear() picks the name in use that year', () => {
		expect(nameInYear(baihua, 1905).zh).toBe('宜宾县白花场');
		expect(nameInYear(baihua, 2000).zh).toBe('宜宾县白花镇');
		expect(nameInYear(baihua, 2021).zh).toBe('宜宾市翠屏区白花镇');
	});

	it('thenAndNow() shows the old name with today’s in brackets, only when they differ', () => {
		expect(thenAndNow(baihua, 1905, 'zh')).toBe('宜宾县白花场（今宜宾市翠屏区白花镇）');
		expect(thenAndNow(baihua, 1905, 'en')).toBe('Baihua, Yibin County (now Baihua Town, Cuiping District)');
		expect(thenAndNow(baihua, 2020, 'zh')).toBe('宜宾市翠屏区白花镇');
	});
});
