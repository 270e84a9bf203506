import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from './idle';

function setup() {
	const calls: string[] = [];
	const timer = createIdleTimer({
		idleMs: 90_000,
		countdownMs: 20_000,
		onWarn: (s) => calls.push(`warn ${s}`),
		onTick: (s) => calls.push(`tick ${s}`),
		onTimeout: () => calls.push('timeout')
	});
	return { timer, calls };
}

describe('createIdleTimer()', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('warns after 90 s without activity, counts down 20 s, then times out once', () => {
		const { timer, calls } = setup();
		vi.advanceTimersByTime(89_999);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(['warn 20']);
		expect(timer.phase).toBe('warning');
		vi.advanceTimersByTime(19_000);
		expect(calls.at(-1)).toBe('tick 1');
		expect(calls).not.toContain('timeout');
		vi.advanceTimersByTime(1000);
		expect(calls.at(-1)).toBe('timeout');
		vi.advanceTimersByTime(600_000);
		expect(calls.filter((c) => c === 'timeout')).toHaveLength(1);
	});

	it('restarts the wait on activity', () => {
		const { calls, timer } = setup();
		vi.advanceTimersByTime(80_000);
		timer.activity();
		vi.advanceTimersByTime(80_000);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(10_000);
		expect(calls).toEqual(['warn 20']);
	});

	it('does not let stray activity dismiss the warning; "Continue" does, at least ten times', () => {
		const { calls, timer } = setup();
		for (let i = 0; i < 12; i++) {
			vi.advanceTimersByTime(90_000 + 15_000);
			expect(timer.phase).toBe('warning');
			timer.activity();
			expect(timer.phase).toBe('warning');
			timer.extend();
			expect(timer.phase).toBe('waiting');
		}
		expect(calls).not.toContain('timeout');
		expect(calls.filter((c) => c.startsWith('warn'))).toHaveLength(12);
	});

	it('never fires while media plays, and re-arms 30 s after it stops', () => {
		const { calls, timer } = setup();
		vi.advanceTimersByTime(60_000);
		timer.mediaStarted();
		vi.advanceTimersByTime(600_000);
		expect(calls).toEqual([]);
		timer.mediaStopped();
		vi.advanceTimersByTime(30_000 + 89_999);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(['warn 20']);
	});

	it('stops for good', () => {
		const { calls, timer } = setup();
		timer.stop();
		timer.activity();
		timer.extend();
		vi.advanceTimersByTime(600_000);
		expect(calls).toEqual([]);
	});
});
