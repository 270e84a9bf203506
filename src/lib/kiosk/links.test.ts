import { describe, expect, it } from 'vitest';
import { exitUrl, publicUrl } from './links';

const origin = 'http://127.0.0.1:4173';
const base = 'https://museum.example/exhibition/';

describe('publicUrl()', () => {
	it('keeps the path, query and hash of the view but drops the kiosk switch', () => {
		expect(publicUrl(base, { pathname: '/en/map/', search: '?year=1950&mode=kiosk', hash: '#list' })).toBe(
			'https://museum.example/exhibition/en/map/?year=1950#list'
		);
		expect(publicUrl('https://museum.example', { pathname: '/figures/zhao-yiman/', search: '' })).toBe(
			'https://museum.example/figures/zhao-yiman/'
		);
	});
});

describe('exitUrl()', () => {
	it('lets pages of the exhibition be followed', () => {
		expect(exitUrl(`${origin}/timeline/?from=1921`, origin, base)).toBeUndefined();
		expect(exitUrl('/en/figures/', origin, base)).toBeUndefined();
	});

	it('turns other websites and other schemes into QR codes', () => {
		expect(exitUrl('https://www.people.com.cn/x.html', origin, base)).toBe('https://www.people.com.cn/x.html');
		expect(exitUrl('mailto:curator@museum.example', origin, base)).toBe('mailto:curator@museum.example');
	});

	it('sends raw files to the public site, where a phone can open them', () => {
		expect(exitUrl(`${origin}/data/events.json`, origin, base)).toBe(
			'https://museum.example/exhibition/data/events.json'
		);
	});
});
