// The kiosk's deployment files, linted against REQUIREMENTS K-08: what the browser is started with and what the
// managed policy lets it open.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');
const flags = read('deploy/kiosk/chromium-flags.conf')
	.split('\n')
	.filter((line) => line.trim() && !line.startsWith('#'));

describe('kiosk launcher', () => {
	it('starts Chromium locked down, with a dedicated profile and never incognito (K-08)', () => {
		for (const flag of [
			'--kiosk',
			'--noerrdialogs',
			'--disable-session-crashed-bubble',
			'--overscroll-history-navigation=0',
			'--disable-pinch'
		]) {
			expect(flags).toContain(flag);
		}
		const everything = [read('deploy/kiosk/chromium-flags.conf'), read('deploy/kiosk/start-kiosk.sh')].join('\n');
		expect(everything).not.toMatch(/^[^#]*--incognito/m);
		expect(read('deploy/kiosk/start-kiosk.sh')).toMatch(/--user-data-dir="\$profile"/);
		expect(read('deploy/kiosk/start-kiosk.sh')).toContain('chromium-flags.conf');
	});

	it('`npm run kiosk` uses the same flags, its own profile directory and the attract screen', () => {
		const command = execFileSync(process.execPath, ['scripts/kiosk.mjs', '--dry-run'], { encoding: 'utf8' }).trim();
		for (const flag of flags) expect(command.split(' ')).toContain(flag);
		expect(command).toMatch(/--user-data-dir=\S+\.kiosk-profile /);
		expect(command).toMatch(/ http:\/\/127\.0\.0\.1:4173\/kiosk\/$/);
		const windowed = execFileSync(process.execPath, ['scripts/kiosk.mjs', '--dry-run', '--windowed'], {
			encoding: 'utf8'
		});
		expect(windowed.split(' ')).not.toContain('--kiosk');
	});

	it('restarts the browser and the server whenever they stop', () => {
		for (const unit of ['exhibition-kiosk.service', 'exhibition-server.service']) {
			expect(read(`deploy/kiosk/${unit}`)).toMatch(/^Restart=always$/m);
		}
		expect(read('deploy/kiosk/exhibition-kiosk.service')).toMatch(/^ExecStart=.*start-kiosk\.sh$/m);
		expect(read('deploy/kiosk/exhibition-reboot.timer')).toMatch(/^OnCalendar=/m);
	});

	it('keeps the usage counts on disk, in a state directory the server may write', () => {
		const server = read('deploy/kiosk/exhibition-server.service');
		const dir = server.match(/^StateDirectory=(\S+)$/m)?.[1];
		expect(dir).toBeDefined();
		expect(server).toMatch(new RegExp(`^Environment=EXHIBITION_USAGE_FILE=/var/lib/${dir}/\\S+\\.json$`, 'm'));
	});
});

describe('managed policy', () => {
	const policy = JSON.parse(read('deploy/kiosk/policies/exhibition-kiosk.json')) as Record<string, unknown>;

	it('blocks every URL but the local exhibition server (K-08, K-11)', () => {
		expect(policy.URLBlocklist).toEqual(['*']);
		const allowed = policy.URLAllowlist as string[];
		expect(allowed.length).toBeGreaterThan(0);
		for (const url of allowed) expect(new URL(url).hostname).toMatch(/^(127\.0\.0\.1|localhost)$/);
	});
});
