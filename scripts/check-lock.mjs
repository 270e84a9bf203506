// Catches "Missing: X from lock file" before `npm ci` does (STACK.md pitfall 1): every optional dependency named
// in package-lock.json must itself be in the lock.
import { readFileSync } from 'node:fs';

const { packages } = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const have = new Set(Object.keys(packages).map((k) => k.replace(/^.*node_modules\//, '')));
const missing = new Set(
	Object.values(packages)
		.flatMap((p) => Object.keys(p.optionalDependencies ?? {}))
		.filter((d) => !have.has(d))
);
console.log(missing.size ? `missing from lock: ${[...missing].join(', ')}` : 'lock OK');
process.exit(missing.size ? 1 : 0);
