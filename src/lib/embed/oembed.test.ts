import { describe, expect, it } from 'vitest';
import { embedPath, iframeSnippet, oembed, oembedPath } from './oembed';

describe('embeds', () => {
	it('names the embed and oEmbed paths of a view in each language', () => {
		expect(embedPath('figures/zhao-yiman', 'zh')).toBe('/embed/figures/zhao-yiman/');
		expect(embedPath('timeline', 'en')).toBe('/en/embed/timeline/');
		expect(oembedPath('events/marriage-law-1950', 'en')).toBe('/oembed/en/events/marriage-law-1950.json');
	});

	it('writes a titled, escaped iframe', () => {
		const html = iframeSnippet('https://x.example/embed/map/', 'Map "Sichuan" <1950>');
		expect(html).toContain('title="Map &quot;Sichuan&quot; &lt;1950&gt;"');
		expect(html.match(/<iframe/g)).toHaveLength(1);
	});

	it('answers oEmbed 1.0 rich with integer size and no thumbnail fields', () => {
		const answer = oembed({
			view: 'figures/jiang-zhujun',
			lang: 'en',
			title: 'Jiang Zhujun',
			siteUrl: 'https://exhibition.example/',
			siteTitle: 'A Century of Women in Sichuan',
			editors: 'Editors'
		});
		expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 480 });
		expect(answer.html).toContain('src="https://exhibition.example/en/embed/figures/jiang-zhujun/"');
		expect(answer.provider_url).toBe('https://exhibition.example/en/');
		expect(Object.keys(answer).some((k) => k.startsWith('thumbnail'))).toBe(false);
	});
});
