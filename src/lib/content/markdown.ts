/**
 * The small Markdown subset allowed in biographies: paragraphs separated by blank lines, **bold** and *italic*.
 * Parsed to plain data and rendered by Prose.svelte as text nodes, so nothing in data/ can inject HTML.
 */
export type Inline = { kind: 'text' | 'strong' | 'em'; text: string };
export type Block = Inline[];

/**
 * @example parseMarkdown('一段**重点**文字。\n\n第二段。')
 * // [[{kind:'text',text:'一段'},{kind:'strong',text:'重点'},{kind:'text',text:'文字。'}], [{kind:'text',text:'第二段。'}]]
 */
export function parseMarkdown(source: string): Block[] {
	return source
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, (m, offset, s) => joinLine(s, offset, m)).trim())
		.filter((paragraph) => paragraph.length > 0)
		.map(parseInline);
}

/** A line break inside a paragraph: nothing between Han characters, a space between Latin words. */
function joinLine(s: string, offset: number, match: string): string {
	const before = s[offset - 1] ?? '';
	const after = s[offset + match.length] ?? '';
	return /[\u3000-\u9fff\uff00-\uffef]/.test(before + after) ? '' : ' ';
}

function parseInline(paragraph: string): Block {
	const parts: Block = [];
	const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
	let last = 0;
	for (const match of paragraph.matchAll(pattern)) {
		if (match.index > last) parts.push({ kind: 'text', text: paragraph.slice(last, match.index) });
		parts.push(match[1] !== undefined ? { kind: 'strong', text: match[1] } : { kind: 'em', text: match[2] });
		last = match.index + match[0].length;
	}
	if (last < paragraph.length) parts.push({ kind: 'text', text: paragraph.slice(last) });
	return parts;
}
