// Chinese typography of the content (REQUIREMENTS T-03): full-width punctuation next to Han characters, no
// full-width Latin letters or digits, no HTML entities.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readData } from './fixtures';

const HAN = '[\\u3400-\\u9fff]';
const ASCII_PUNCTUATION_BY_HAN = new RegExp(`${HAN}[,;:?!()]|[,;:?!(]${HAN}|${HAN}\\.(?!\\d)`, 'u');
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

/**
 * Every Chinese string in the data: values under a "zh" key, the bodies of zh chapters and tours, and the text of a
 * zh tour's frontmatter (its objectives, questions, notes and step texts).
 */
function chineseTexts(): { where: string; text: string }[] {
	const { files } = readData('.');
	const texts: { where: string; text: string }[] = [];
	const walk = (value: unknown, where: string, isZh = false) => {
		if (typeof value === 'string' && (isZh || where.includes('data/tours/'))) texts.push({ where, text: value });
		else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`, isZh));
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, k === 'zh');
		}
	};
	for (const [file, text] of Object.entries(files)) {
		if (file.endsWith('.json')) walk(JSON.parse(text), file);
		else if (file.endsWith('.zh.md')) {
			texts.push({ where: file, text: text.replace(/^---[\s\S]*?---/, '') });
			if (file.startsWith('data/tours/')) {
				const { sources: _sources, ...meta } = parseYaml(text.split(/^---$/m)[1]);
				walk(meta, `${file} › frontmatter`);
			}
		}
	}
	return texts;
}

describe('Chinese text in data/', () => {
	const texts = chineseTexts();

	it('is there to check', () => {
		expect(texts.length).toBeGreaterThan(100);
	});

	it('uses full-width punctuation next to Han characters', () => {
		const bad = texts
			.filter((t) => ASCII_PUNCTUATION_BY_HAN.test(t.text))
			.map((t) => `${t.where}: ${t.text.slice(0, 60)}`);
		expect(bad).toEqual([]);
	});

	it('has no full-width Latin letters or digits', () => {
		const bad = texts.filter((t) => FULL_WIDTH_ALNUM.test(t.text)).map((t) => `${t.where}: ${t.text.slice(0, 60)}`);
		expect(bad).toEqual([]);
	});
});
