import { describe, expect, it } from 'vitest';
import { isPlaceholderUrl } from './placeholder';

describe('isPlaceholderUrl', () => {
	it('knows the shipped placeholder and any other .example address, and nothing else', () => {
		expect(isPlaceholderUrl('https://exhibition.example/')).toBe(true);
		expect(isPlaceholderUrl('https://museum.example/exhibition/')).toBe(true);
		expect(isPlaceholderUrl('https://www.scwomen.org.cn/exhibition/')).toBe(false);
		expect(isPlaceholderUrl('https://example.com/')).toBe(false);
		expect(isPlaceholderUrl('not a url')).toBe(false);
	});
});
