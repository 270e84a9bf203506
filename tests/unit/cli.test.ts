// `npm run check:data` and `npm run build` as a curator runs them: exit code, message, and no half-built output.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function brokenRoot(name: string): string {
	const root = join(work, name);
	cpSync('tests/fixtures/valid', root, { recursive: true });
	cpSync(join('tests/fixtures/broken', name), root, { recursive: true });
	return root;
}

describe('npm run check:data', () => {
	it('passes on the project data and prints the counts', () => {
		const run = spawnSync('node', ['scripts/check-data.mjs'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/data\/ is valid: 4 eras, \d+ events, \d+ figures, \d+ places, \d+ themes\./);
	});

	it('exits 1 and lists every problem with file and path', () => {
		const run = spawnSync('node', ['scripts/check-data.mjs', '--root', brokenRoot('unknown-reference')], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('data/ has 5 problem(s):');
		expect(run.stderr).toContain(
			'data/events.json › events[0].places[0]: unknown place "chongqing-gele" — did you mean "gele-mountain"?'
		);
	});
});

describe('npm run build with broken data', () => {
	it('fails before Vite runs, with the checker messages', () => {
		const before = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : undefined;
		const run = spawnSync('npm', ['run', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, DATA_ROOT: brokenRoot('bad-date') }
		});
		// check-data.mjs runs first and fails, so `vite build` never starts and build/ is left as it was.
		expect(run.status).not.toBe(0);
		expect(existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : undefined).toBe(before);
		expect(run.stderr).toContain('data/events.json › events[0].date: "1935-13" is not a date: month 13 does not exist');
		expect(run.stdout + run.stderr).not.toContain('vite v');
	});
});
