/**
 * Traditional characters typed into the search, read as simplified: 趙一曼 finds 赵一曼. Built with the site from
 * OpenCC's character table (Apache License 2.0, via opencc-js), cut down to what the index needs: only characters
 * whose simplified form occurs in the index, and never one that occurs there itself or is also in everyday use in
 * simplified text (乾 stays 乾, not 干: 乾隆 is not 干隆).
 */
import table from 'opencc-js/dict/TSCharacters';

/**
 * Characters OpenCC maps to another that simplified Chinese also writes as they are: 乾 (乾隆, 乾坤; OpenCC: 干) and
 * 夥 (OpenCC: 伙). Typed alone they must not find 干部. (於 and 徵 are read as 于 and 征: 關於 should find 关于.)
 */
const ALSO_SIMPLIFIED = new Set([...'乾夥']);

/** Pairs of one traditional and one simplified character, run together: "趙赵後后…". */
export function simplifiedPairs(texts: readonly string[]): string {
	const present = new Set<string>();
	for (const text of texts) for (const char of text) present.add(char);
	let pairs = '';
	for (const entry of table.split('|')) {
		const [traditional, simplified] = entry.split(' ');
		// One UTF-16 unit each, so that folding the query keeps every position.
		if (traditional.length !== 1 || simplified?.length !== 1) continue;
		if (ALSO_SIMPLIFIED.has(traditional) || present.has(traditional)) continue;
		if (present.has(simplified)) pairs += traditional + simplified;
	}
	return pairs;
}
