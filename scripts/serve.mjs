// `node scripts/serve.mjs <dir> <port>`: a dependency-free static server for build/ (vite preview serves
// .svelte-kit/output instead, STACK.md pitfall 4). Directories map to index.html; paths outside <dir> are refused.
// Response headers come from <dir>/_headers (static/_headers), as on a static host: framing rules for embeds (E-02).
// Text is sent gzipped to browsers that accept it, as a production host would, so that Lighthouse and the
// benchmarks measure what a reader on a slow network really downloads.
// On a kiosk PC, EXHIBITION_USAGE_FILE=<file> also keeps a copy of the kiosk's usage counts: PUT /kiosk/usage.json
// saves it (the kiosk sends it at every reset), GET returns it (scripts/lib/usage-store.mjs).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_USAGE_BYTES, saveUsage } from './lib/usage-store.mjs';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
const usageFile = process.env.EXHIBITION_USAGE_FILE ? resolve(process.env.EXHIBITION_USAGE_FILE) : undefined;
const USAGE_PATH = '/kiosk/usage.json';
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};

/** Gzipped copies of text files, by path and modification time. */
const gzipped = new Map();
function gzippedCopy(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)));
	return gzipped.get(key);
}
const compressible = (type) => /^(text\/|application\/(json|geo\+json|xml|wasm)|image\/svg)/.test(type);

function fileFor(urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined; // a malformed escape such as %E0%A4%A is simply not found
	}
	const path = resolve(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory() && statSync(join(path, 'index.html')).isFile()) return join(path, 'index.html');
	} catch {
		return undefined;
	}
	return undefined;
}

/**
 * Rules of a _headers file, in order: a path pattern (`*` matches anything) and its lines, `Name: value` to set a
 * header or `! Name` to drop one an earlier rule set.
 */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replace(/\*/g, '.*')}$`
			);
			rules.push({ pattern, lines: [] });
		} else rules.at(-1)?.lines.push(line.trim());
	}
	return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));

function headersFor(pathname) {
	const headers = {};
	for (const { pattern, lines } of headerRules) {
		if (!pattern.test(pathname)) continue;
		for (const line of lines) {
			if (line.startsWith('!')) delete headers[line.slice(1).trim().toLowerCase()];
			else {
				const at = line.indexOf(':');
				headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
			}
		}
	}
	return headers;
}

/** The kiosk's usage counts: kept only when EXHIBITION_USAGE_FILE is set; a plain static host has none. */
function usageCopy(req, res) {
	const text = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
	if (!usageFile)
		return res.writeHead(404, text).end('No usage copy is kept here (EXHIBITION_USAGE_FILE is not set)\n');
	if (req.method === 'GET' || req.method === 'HEAD') {
		// 204: a copy is kept here but none has arrived yet.
		if (!existsSync(usageFile)) return res.writeHead(204, text).end();
		return res.writeHead(200, { ...text, 'content-type': types['.json'] }).end(readFileSync(usageFile));
	}
	if (req.method !== 'PUT') return res.writeHead(405, { ...text, allow: 'GET, HEAD, PUT' }).end();
	const chunks = [];
	let size = 0;
	req.on('data', (chunk) => {
		size += chunk.length;
		if (size <= MAX_USAGE_BYTES) return chunks.push(chunk);
		if (res.headersSent) return;
		console.error(`${USAGE_PATH}: refused a body larger than ${MAX_USAGE_BYTES} bytes`);
		res.writeHead(413, { ...text, connection: 'close' }).end(`Larger than ${MAX_USAGE_BYTES} bytes\n`);
		req.destroy();
	});
	req.on('end', () => {
		try {
			const archived = saveUsage(usageFile, Buffer.concat(chunks).toString('utf8'));
			if (archived) console.log(`Usage copy: the earlier copy held more for a day and was kept as ${archived}`);
			res.writeHead(204, text).end();
		} catch (error) {
			// A file-system error (disk full, no permission) is the server's fault, bad counts the sender's.
			console.error(`${USAGE_PATH}: ${error.message}`);
			res.writeHead(error.code ? 500 : 400, text).end(`${USAGE_PATH}: ${error.message}\n`);
		}
	});
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	if (pathname === USAGE_PATH) return usageCopy(req, res);
	// A directory without its trailing slash redirects, as static hosts do (the site uses trailingSlash: 'always').
	const file = fileFor(pathname);
	if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
		res.writeHead(308, { location: `${pathname}/` }).end();
		return;
	}
	if (!file) {
		const notFound = fileFor('/404.html');
		res.writeHead(404, { 'content-type': types['.html'] });
		if (notFound) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	if (pathname === '/_headers') {
		res.writeHead(404).end();
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	const headers = { ...headersFor(pathname), 'content-type': type, vary: 'accept-encoding' };
	if (compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
		const body = gzippedCopy(file);
		res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
		return;
	}
	res.writeHead(200, headers);
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
