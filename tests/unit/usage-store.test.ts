// The kiosk PC's copy of the usage counts (scripts/lib/usage-store.mjs) and serve.mjs's /kiosk/usage.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveUsage, usageByDay, wouldLose } from '../../scripts/lib/usage-store.mjs';

const counts = (days: Record<string, [number, number]>) =>
	JSON.stringify({
		version: 1,
		days: Object.fromEntries(
			Object.entries(days).map(([day, [visits, views]]) => [
				day,
				{ visits, views: { '/map/': views }, zh: views, en: 0 }
			])
		)
	});

function folder() {
	const dir = mkdtempSync(join(tmpdir(), 'usage-'));
	return { dir, file: join(dir, 'usage.json') };
}

describe('the usage copy on the kiosk PC', () => {
	it('is written, then updated in place while the counts only grow', () => {
		const { dir, file } = folder();
		expect(saveUsage(file, counts({ '2026-12-01': [1, 2] }))).toBeUndefined();
		expect(saveUsage(file, counts({ '2026-12-01': [2, 5], '2026-12-02': [1, 1] }))).toBeUndefined();
		expect(JSON.parse(readFileSync(file, 'utf8')).days['2026-12-02'].visits).toBe(1);
		expect(readdirSync(dir)).toEqual(['usage.json']);
	});

	it('keeps the earlier copy under a timestamped name when a day would lose counts (wiped browser, cleared counts)', () => {
		const { dir, file } = folder();
		saveUsage(file, counts({ '2026-12-01': [9, 40] }));
		const archived = saveUsage(file, counts({ '2026-12-01': [1, 1] }), new Date('2026-12-01T10:20:30Z'));
		expect(archived).toBe(join(dir, 'usage-20261201T102030.json'));
		expect(JSON.parse(readFileSync(archived!, 'utf8')).days['2026-12-01'].visits).toBe(9);
		expect(JSON.parse(readFileSync(file, 'utf8')).days['2026-12-01'].visits).toBe(1);
	});

	it('treats days older than the browser keeps as aged out, not lost', () => {
		const kept = usageByDay(JSON.parse(counts({ '2025-11-30': [5, 5], '2025-12-01': [1, 1] })));
		expect(wouldLose(kept, usageByDay(JSON.parse(counts({ '2025-12-01': [1, 1], '2026-12-01': [1, 0] }))))).toBe(false);
		expect(wouldLose(kept, usageByDay(JSON.parse(counts({}))))).toBe(true);
	});

	it('refuses what is not usage counts, naming the problem, and leaves the copy untouched', () => {
		const { file } = folder();
		saveUsage(file, counts({ '2026-12-01': [1, 1] }));
		const before = readFileSync(file, 'utf8');
		expect(() => saveUsage(file, '{')).toThrow('the body is not JSON');
		expect(() => saveUsage(file, '{"version":2,"days":{}}')).toThrow('not usage counts of version 1');
		expect(() => saveUsage(file, '{"version":1,"days":{"1 Dec":{"visits":1,"views":{}}}}')).toThrow(
			'"1 Dec" is not a day (YYYY-MM-DD)'
		);
		expect(() => saveUsage(file, '{"version":1,"days":{"2026-12-01":{"visits":1,"views":{"/map/":-3}}}}')).toThrow(
			'day 2026-12-01, page /map/: the count must be a whole number ≥ 0'
		);
		expect(readFileSync(file, 'utf8')).toBe(before);
	});

	it('archives an unreadable copy instead of overwriting it', () => {
		const { file } = folder();
		writeFileSync(file, 'garbage');
		const archived = saveUsage(file, counts({ '2026-12-01': [1, 1] }));
		expect(readFileSync(archived!, 'utf8')).toBe('garbage');
	});
});

describe('serve.mjs /kiosk/usage.json', () => {
	const port = 4000 + Math.floor(Math.random() * 900);
	const { dir, file } = folder();
	let server: ChildProcess;
	const url = `http://127.0.0.1:${port}/kiosk/usage.json`;

	beforeAll(async () => {
		server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], {
			env: { ...process.env, EXHIBITION_USAGE_FILE: file },
			stdio: 'ignore'
		});
		for (let i = 0; i < 50; i++) {
			if (
				await fetch(url).then(
					() => true,
					() => false
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	});
	afterAll(() => server?.kill());

	it('answers 204 before any copy, saves a PUT, returns it, and refuses bad bodies with 400', async () => {
		expect((await fetch(url)).status).toBe(204);
		const body = counts({ '2026-12-01': [3, 7] });
		expect((await fetch(url, { method: 'PUT', body })).status).toBe(204);
		expect(existsSync(file)).toBe(true);
		expect(await (await fetch(url)).json()).toEqual(JSON.parse(body));
		const bad = await fetch(url, { method: 'PUT', body: '{"version":1}' });
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('"days" is missing');
		expect((await fetch(url, { method: 'POST', body })).status).toBe(405);
	});
});
