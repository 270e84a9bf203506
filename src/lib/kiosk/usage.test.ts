import { describe, expect, it } from 'vitest';
import { forgetVisitor, PREF_KEYS, PROFILE_KEY } from './profile';
import {
	DAYS_KEPT,
	USAGE_DAMAGED_KEY,
	USAGE_KEY,
	dayTotals,
	pageKey,
	pageTotals,
	parseUsage,
	readUsage,
	recordView,
	recordVisit,
	selectDays,
	usageCsv
} from './usage';

/** localStorage as the browser has it, with an optional quota in characters. */
class MemoryStorage implements Storage {
	private items = new Map<string, string>();
	constructor(private quota = Infinity) {}
	get length() {
		return this.items.size;
	}
	key(i: number) {
		return [...this.items.keys()][i] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
		if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	clear() {
		this.items.clear();
	}
}

const day1 = new Date(2026, 11, 1, 9, 30);
const day2 = new Date(2026, 11, 2, 23, 59);

describe('kiosk usage counts', () => {
	it('counts visits and pages per local day, the same page in either language as one', () => {
		const storage = new MemoryStorage();
		recordVisit(storage, day1);
		recordView(storage, '/kiosk/home/', day1);
		recordView(storage, '/figures/zhao-yiman/', day1);
		recordView(storage, '/en/figures/zhao-yiman/', day1);
		recordVisit(storage, day2);
		recordView(storage, '/events/marriage-law-1950/', day2);

		const { usage } = readUsage(storage);
		expect(usage.days['2026-12-01']).toEqual({
			visits: 1,
			views: { '/kiosk/home/': 1, '/figures/zhao-yiman/': 2 },
			zh: 2,
			en: 1
		});
		expect(dayTotals(usage)).toEqual([
			{ day: '2026-12-02', visits: 1, views: 1, zh: 1, en: 0 },
			{ day: '2026-12-01', visits: 1, views: 3, zh: 2, en: 1 }
		]);
		expect(pageTotals(usage)[0]).toEqual({ page: '/figures/zhao-yiman/', views: 2 });
		expect(pageTotals(selectDays(usage, '2026-12-02'))).toEqual([{ page: '/events/marriage-law-1950/', views: 1 }]);
	});

	it('does not count the attract screen or the staff pages', () => {
		const storage = new MemoryStorage();
		for (const path of ['/kiosk/', '/en/kiosk/', '/kiosk/usage/', '/en/kiosk/health/']) recordView(storage, path, day1);
		expect(storage.getItem(USAGE_KEY)).toBeNull();
	});

	it('normalises paths: language prefix and missing trailing slash', () => {
		expect(pageKey('/en/')).toBe('/');
		expect(pageKey('/en')).toBe('/');
		expect(pageKey('/en/map')).toBe('/map/');
		expect(pageKey('/events/x/')).toBe('/events/x/');
	});

	it('survives the reset between visitors, which forgets everything else of ours', () => {
		const local = new MemoryStorage();
		const session = new MemoryStorage();
		local.setItem(PROFILE_KEY, 'kiosk');
		local.setItem(PREF_KEYS.textSize, '3');
		local.setItem('other-site', 'kept');
		recordView(local, '/map/', day1);
		forgetVisitor(local, session);
		expect(local.getItem(PREF_KEYS.textSize)).toBeNull();
		expect(local.getItem(PROFILE_KEY)).toBe('kiosk');
		expect(local.getItem('other-site')).toBe('kept');
		expect(readUsage(local).usage.days['2026-12-01'].views).toEqual({ '/map/': 1 });
	});

	it('keeps about a year of days and drops the oldest', () => {
		const storage = new MemoryStorage();
		const start = new Date(2025, 0, 1);
		for (let i = 0; i < DAYS_KEPT + 5; i++)
			recordView(storage, '/map/', new Date(start.getFullYear(), start.getMonth(), start.getDate() + i));
		const days = Object.keys(readUsage(storage).usage.days).sort();
		expect(days).toHaveLength(DAYS_KEPT);
		expect(days[0]).toBe('2025-01-06');
	});

	it('sets unreadable counts aside instead of throwing them away, and starts again', () => {
		const storage = new MemoryStorage();
		storage.setItem(USAGE_KEY, '{"version":1,"days":{"2026-12-01":{"visits":-1}}}');
		expect(readUsage(storage).problem).toBe('day "2026-12-01" is malformed');
		recordView(storage, '/map/', day1);
		expect(storage.getItem(USAGE_DAMAGED_KEY)).toContain('"visits":-1');
		expect(readUsage(storage)).toMatchObject({ damaged: true, problem: undefined });
		expect(parseUsage('not json').problem).toBe('not JSON');
		expect(parseUsage('{"version":2,"days":{}}').problem).toBe('not usage counts of version 1');
	});

	it('never throws on the hall screen when storage is full or blocked; a full store gives up old days first', () => {
		const full = new MemoryStorage(400);
		for (let i = 1; i <= 20; i++) recordView(full, '/figures/zhao-yiman/', new Date(2026, 10, i));
		const days = Object.keys(readUsage(full).usage.days).sort();
		expect(days.at(-1)).toBe('2026-11-20');
		expect(days.length).toBeLessThan(20);

		const blocked = new MemoryStorage(0);
		expect(() => recordVisit(blocked, day1)).not.toThrow();
	});

	it('exports CSV for a spreadsheet: BOM, one row per day and page, titles, quoting', () => {
		const storage = new MemoryStorage();
		recordVisit(storage, day1);
		recordView(storage, '/figures/zhao-yiman/', day1);
		recordView(storage, '/events/x/', day1);
		const csv = usageCsv(readUsage(storage).usage, (page) =>
			page === '/events/x/' ? 'A "quoted", title' : page === '/figures/zhao-yiman/' ? '赵一曼' : undefined
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'date,page,title,count',
			'2026-12-01,(visits),,1',
			'2026-12-01,/events/x/,"A ""quoted"", title",1',
			'2026-12-01,/figures/zhao-yiman/,赵一曼,1',
			''
		]);
	});
});
