// Shared start of the benchmarks (`npm run bench:*`): check that build/ has the page they need, then serve build/
// with scripts/serve.mjs (which gzips text, as a production host would).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Exits with a hint when `page` is missing from build/; otherwise serves build/ on `port` and returns the server
 * process, to be killed when the benchmark ends.
 * @param {string} page a file the benchmark needs, e.g. 'build/bench/map/index.html'
 * @param {number} port
 * @param {string} command the npm script that builds first, named in the hint
 */
export async function serveBuild(page, port, command) {
	if (!existsSync(page)) {
		console.error(`${page} is missing: run \`npm run build\` first (\`${command}\` does).`);
		process.exit(1);
	}
	const server = spawn('node', ['scripts/serve.mjs', 'build', String(port)], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 500));
	return server;
}
