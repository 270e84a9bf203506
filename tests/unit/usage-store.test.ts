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

	it('keeps the earlier copy under a timestamped name when a day would go down (wiped or cleared that day)', () => {
		const { dir, file } = folder();
		saveUsage(file, counts({ '2026-12-01': [9, 40] }));
		const archived = saveUsage(file, counts({ '2026-12-01': [1, 1] }), new Date('2026-12-01T10:20:30.456Z'));
		expect(archived).toBe(join(dir, 'usage-20261201T102030-456.json'));
		expect(JSON.parse(readFileSync(archived!, 'utf8')).days['2026-12-01'].visits).toBe(9);
		expect(JSON.parse(readFileSync(file, 'utf8')).days['2026-12-01'].visits).toBe(1);
	});

	it('keeps the days the browser no longer has: a wiped profile, cleared counts or a year aged out', () => {
		const { dir, file } = folder();
		saveUsage(file, counts({ '2026-11-01': [50, 100], '2026-11-30': [70, 200] }));
		// The next day, after the browser's profile was wiped, it sends only the new day.
		expect(saveUsage(file, counts({ '2026-12-01': [1, 2] }))).toBeUndefined();
		const copy = JSON.parse(readFileSync(file, 'utf8'));
		expect(Object.keys(copy.days)).toEqual(['2026-11-01', '2026-11-30', '2026-12-01']);
		expect(copy.days['2026-11-30'].visits).toBe(70);
		expect(readdirSync(dir)).toEqual(['usage.json']);
	});

	it('compares only the days both hold', () => {
		const kept = usageByDay(JSON.parse(counts({ '2025-11-30': [5, 5], '2025-12-01': [1, 1] })));
		expect(wouldLose(kept, usageByDay(JSON.parse(counts({ '2025-12-01': [1, 1], '2026-12-01': [1, 0] }))))).toBe(false);
		expect(wouldLose(kept, usageByDay(JSON.parse(counts({ '2025-12-01': [0, 1] }))))).toBe(true);
		expect(wouldLose(kept, usageByDay(JSON.parse(counts({}))))).toBe(false);
	});

	it('refuses what is not usage counts, naming the problem, and leaves the copy untouched', () => {
		const { file } = folder();
		saveUsage(file, counts({ '2026-12-01': [1, 1] }));
		const before = readFileSync(file, 'utf8');
		expect(() => saveUsage(file, '{')).toThrow('the body is not JSON');
		expect(() => saveUsage(file, '{"version":2,"days":{}}')).toThrow('not usage counts of version 1');
		expect(() => saveUsage(file, '{"version":1,"days":[]}')).toThrow('"days" is missing');
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

	it('survives a malformed address instead of crashing the kiosk server', async () => {
		expect((await fetch(`http://127.0.0.1:${port}/%E0%A4%A`)).status).toBe(404);
		expect((await fetch(url)).status).toBe(200);
	});
});
