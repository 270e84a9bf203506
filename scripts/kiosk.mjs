// `npm run kiosk [-- --windowed] [-- --health] [-- --usage] [-- --dry-run] [-- --port N]`: serves build/ on this
// machine and opens Debian's Chromium on the attract screen (or the status or usage page) with the hall's flags
// (deploy/kiosk/chromium-flags.conf) and a dedicated profile directory (.kiosk-profile/). The server keeps a copy of
// the usage counts in .kiosk-usage.json. Builds first if there is no build. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => args.includes(`--${name}`);
const portIndex = args.indexOf('--port');
const port = portIndex > -1 ? Number(args[portIndex + 1]) : 4173;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const profile = resolve(process.env.EXHIBITION_PROFILE_DIR ?? '.kiosk-profile');
const start = option('health') ? '/kiosk/health/' : option('usage') ? '/kiosk/usage/' : '/kiosk/';
const url = `http://127.0.0.1:${port}${start}`;

/** The flags of the hall, without --kiosk in a window (so that a developer can close it). */
export function kioskFlags({ windowed = false } = {}) {
	return readFileSync('deploy/kiosk/chromium-flags.conf', 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.filter((flag) => !(windowed && flag === '--kiosk'));
}

const command = [chromium, ...kioskFlags({ windowed: option('windowed') }), `--user-data-dir=${profile}`, url];
if (option('dry-run')) {
	console.log(command.join(' '));
	process.exit(0);
}

if (!existsSync('build/index.html')) {
	console.log('No build yet: building …');
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
if (!existsSync(chromium)) {
	console.error(`No Chromium at ${chromium}: apt-get install chromium, or set CHROME_PATH.`);
	process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(port)], {
	stdio: 'inherit',
	env: { EXHIBITION_USAGE_FILE: resolve('.kiosk-usage.json'), ...process.env }
});
await new Promise((done) => setTimeout(done, 500));
console.log(`Kiosk at ${url} (profile ${profile})`);
const browser = spawn(command[0], command.slice(1), { stdio: 'ignore' });
const stop = () => {
	browser.kill();
	server.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', () => server.kill());
