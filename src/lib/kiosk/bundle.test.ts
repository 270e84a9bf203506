import { describe, expect, it } from 'vitest';
import { checkDownload, sha256Hex } from './bundle';

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the kiosk bundle check', async () => {
	const manifest = { version: '1', files: { '/timeline/': await sha256Hex(encode('<h1>时间线</h1>')) } };

	it('accepts a file exactly as built', async () => {
		expect(await checkDownload('/timeline/', new Response('<h1>时间线</h1>'), manifest)).toBeUndefined();
	});

	it('refuses a changed file, an unlisted file and a failed download', async () => {
		expect(await checkDownload('/timeline/', new Response('<h1>时间线!</h1>'), manifest)).toMatch(
			/^\/timeline\/: checksum/
		);
		expect(await checkDownload('/map/', new Response('x'), manifest)).toBe('/map/: not in the manifest');
		expect(await checkDownload('/timeline/', new Response('', { status: 404 }), manifest)).toBe('/timeline/: HTTP 404');
	});
});
