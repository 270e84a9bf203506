/**
 * Traditional characters typed into the search, read as simplified: 趙一曼 finds 赵一曼. Built with the site from
 * OpenCC's character table (Apache License 2.0, via opencc-js), cut down to what the index needs: only characters
 * whose simplified form occurs in the index, and never one that occurs there itself (乾 stays 乾, not 干).
 */
import table from 'opencc-js/dict/TSCharacters';

/** Pairs of one traditional and one simplified character, run together: "趙赵後后…". */
export function simplifiedPairs(texts: readonly string[]): string {
	const present = new Set<string>();
	for (const text of texts) for (const char of text) present.add(char);
	let pairs = '';
	for (const entry of table.split('|')) {
		const [traditional, simplified] = entry.split(' ');
		// One UTF-16 unit each, so that folding the query keeps every position.
		if (traditional.length !== 1 || simplified?.length !== 1) continue;
		if (present.has(simplified) && !present.has(traditional)) pairs += traditional + simplified;
	}
	return pairs;
}
