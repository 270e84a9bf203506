// Before the browser tests: Playwright drives Debian's chromium (never a downloaded browser). On a fresh Debian
// machine where we are root, install it with apt-get; otherwise say exactly what is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!process.env.CHROME_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('Chromium is missing: installing Debian chromium with apt-get …');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
		stdio: 'inherit'
	});
	if (existsSync(path)) process.exit(0);
}
console.error(
	`No Chromium at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROME_PATH to a Chromium binary.`
);
process.exit(1);
