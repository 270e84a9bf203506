// The host configuration that ships with the site (REQUIREMENTS E-02, E-06): only embeds and oEmbed are framable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const nginx = readFileSync('deploy/web/nginx.conf', 'utf8');
/** The body of the nginx location block whose header line contains `match` (up to its closing brace at column 0). */
function location(match: string): string {
	const start = nginx.indexOf(`location ${match}`);
	expect(start, match).toBeGreaterThan(-1);
	return nginx.slice(start, nginx.indexOf('\n}', start));
}

describe('nginx.conf', () => {
	it('answers an unknown address with the bilingual 404 page that ships in static/', () => {
		expect(nginx).toMatch(/^error_page 404 \/404\.html;$/m);
		expect(readFileSync('static/404.html', 'utf8')).toContain('<html lang="zh-Hans">');
	});

	it('lets any site frame /embed/ and /oembed/, and sends no X-Frame-Options there', () => {
		for (const block of [location('~ ^/(en/)?embed/'), location('/oembed/')]) {
			expect(block).toContain('add_header Content-Security-Policy "frame-ancestors *" always;');
			expect(block).not.toContain('X-Frame-Options');
		}
		expect(location('/oembed/')).toContain('Access-Control-Allow-Origin "*"');
	});

	it('serves the open data to any site, with the CSV and GeoJSON under their own types', () => {
		const data = location('/data/');
		expect(data).toContain('Access-Control-Allow-Origin "*"');
		expect(data).toMatch(/text\/csv\s+csv;/);
		expect(data).toMatch(/application\/geo\+json\s+geojson;/);
	});

	it('has browsers check pages and data after a release, and keep content-named assets for a year', () => {
		expect(location('/ {')).toContain('add_header Cache-Control "no-cache" always;');
		expect(location('/data/')).toContain('add_header Cache-Control "no-cache" always;');
		const assets = location('/_app/immutable/');
		expect(assets).toContain('max-age=31536000, immutable');
		expect(assets).toContain('X-Content-Type-Options "nosniff"');
	});

	it('lets only the site itself frame every other page', () => {
		const root = location('/ {');
		expect(root).toContain(`add_header Content-Security-Policy "frame-ancestors 'self'" always;`);
		expect(root).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
	});
});

describe('dependencies', () => {
	it('do not include iframe-resizer (GPL from 4.4; we ship our own MIT parent script)', () => {
		expect(readFileSync('package-lock.json', 'utf8')).not.toContain('iframe-resizer');
		expect(readFileSync('static/embed.js', 'utf8')).toMatch(/MIT licence/);
	});
});
