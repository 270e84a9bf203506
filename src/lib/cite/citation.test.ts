import { describe, expect, it } from 'vitest';
import { apaText, chicago, gbt7714, type CitationFacts } from './citation';

const editorsZh = '《巾帼心向党·百年正辉煌》数字展览编辑组';
const editorsEn = 'Editors of the digital exhibition “A Century of Women in Sichuan”';
const person: CitationFacts = {
	author: editorsZh,
	title: '赵一曼',
	site: '巾帼心向党·百年正辉煌',
	modified: '2026-11-30',
	url: 'https://exhibition.example/figures/zhao-yiman/',
	lang: 'zh'
};
const event: CitationFacts = {
	author: editorsEn,
	title: 'The Marriage Law comes into force',
	site: 'A Century of Women in Sichuan',
	modified: '2026-11-02',
	url: 'https://exhibition.example/en/events/marriage-law-1950/',
	lang: 'en'
};
const range: CitationFacts = {
	author: editorsZh,
	title: '时间线（1930—1940年）',
	site: '巾帼心向党·百年正辉煌',
	modified: '2026-11-30',
	url: 'https://exhibition.example/timeline/?from=1930&to=1940',
	lang: 'zh'
};
/** REQUIREMENTS C-02. */
const GBT = /^.+\. .+\[EB\/OL\].*\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+/;

describe('citations', () => {
	it('writes GB/T 7714-2015 [EB/OL] with the update and access dates (C-02)', () => {
		for (const facts of [person, event, range]) expect(gbt7714(facts, '2026-12-01')).toMatch(GBT);
		expect(gbt7714(person, '2026-12-01')).toMatchInlineSnapshot(
			`"《巾帼心向党·百年正辉煌》数字展览编辑组. 巾帼心向党·百年正辉煌: 赵一曼[EB/OL]. (2026-11-30)[2026-12-01]. https://exhibition.example/figures/zhao-yiman/."`
		);
	});

	it('writes Chicago and APA for a person page, an event page and a timeline range', () => {
		expect([chicago(person), apaText(person)]).toMatchInlineSnapshot(`
			[
			  "《巾帼心向党·百年正辉煌》数字展览编辑组. “赵一曼.” 巾帼心向党·百年正辉煌. 最后修改于2026年11月30日. https://exhibition.example/figures/zhao-yiman/.",
			  "《巾帼心向党·百年正辉煌》数字展览编辑组. (2026年11月30日). 赵一曼. 巾帼心向党·百年正辉煌. https://exhibition.example/figures/zhao-yiman/",
			]
		`);
		expect([chicago(event), apaText(event)]).toMatchInlineSnapshot(`
			[
			  "Editors of the digital exhibition “A Century of Women in Sichuan”. “The Marriage Law comes into force.” A Century of Women in Sichuan. Last modified November 2, 2026. https://exhibition.example/en/events/marriage-law-1950/.",
			  "Editors of the digital exhibition “A Century of Women in Sichuan”. (2026, November 2). The Marriage Law comes into force. A Century of Women in Sichuan. https://exhibition.example/en/events/marriage-law-1950/",
			]
		`);
		expect(gbt7714(range, '2026-12-01')).toContain('时间线（1930—1940年）[EB/OL]');
		expect(apaText(range)).toContain('https://exhibition.example/timeline/?from=1930&to=1940');
	});
});
