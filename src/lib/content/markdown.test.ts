import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

describe('parseMarkdown()', () => {
	it('splits paragraphs on blank lines and reads **bold** and *italic*', () => {
		expect(parseMarkdown('一段**重点**文字。\n\n第二段*强调*。')).toEqual([
			[
				{ kind: 'text', text: '一段' },
				{ kind: 'strong', text: '重点' },
				{ kind: 'text', text: '文字。' }
			],
			[
				{ kind: 'text', text: '第二段' },
				{ kind: 'em', text: '强调' },
				{ kind: 'text', text: '。' }
			]
		]);
	});

	it('joins wrapped lines without a space between Han characters and with one between English words', () => {
		expect(parseMarkdown('第一行\n第二行')).toEqual([[{ kind: 'text', text: '第一行第二行' }]]);
		expect(parseMarkdown('first line\nsecond line')).toEqual([[{ kind: 'text', text: 'first line second line' }]]);
	});

	it('keeps anything that looks like HTML as plain text', () => {
		expect(parseMarkdown('a <b>tag</b>')).toEqual([[{ kind: 'text', text: 'a <b>tag</b>' }]]);
	});
});
