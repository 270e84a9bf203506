/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The kiosk's offline layer (REQUIREMENTS K-10, K-13). Registered only by the kiosk profile (KioskShell), never on
 * the public web or in embeds (E-04). It precaches the whole exhibition (every prerendered page in both languages,
 * the app, the data, the boundary data and static files) and answers from the cache first, so after one visit the
 * kiosk works with the network gone and the browser restarted.
 *
 * A new build installs in the background and then waits; the kiosk tells it to take over at the next reset, between
 * two visitors. Every file is checked against the SHA-256 in build/kiosk-manifest.json: an install that cannot fetch
 * every file, or gets one that differs, fails as a whole, and the previous version keeps running.
 */
import { build, files, prerendered, version } from '$service-worker';
import { checkDownload, type BundleManifest } from '$lib/kiosk/bundle';

const worker = self as unknown as ServiceWorkerGlobalScope;
// One cache per version (and per worker URL, so that a second worker of the same build never shares it).
const CACHE = `exhibition-${version}${location.search}`;
// Host configuration files (static/_headers) are for the web server, not pages: the server does not serve them.
const PRECACHE = [...new Set([...build, ...files.filter((file) => !/\/_[^/]*$/.test(file)), ...prerendered])];

/** Downloads every file, checks it against the build's manifest and caches it; any problem fails the install. */
async function precache() {
	const answer = await fetch('/kiosk-manifest.json', { cache: 'no-store' });
	if (!answer.ok) throw new Error(`kiosk-manifest.json: HTTP ${answer.status}`);
	const manifest = (await answer.json()) as BundleManifest;
	if (manifest.version !== version) throw new Error(`kiosk-manifest.json is for ${manifest.version}, not ${version}`);
	const cache = await caches.open(CACHE);
	try {
		for (let i = 0; i < PRECACHE.length; i += 8) {
			await Promise.all(
				PRECACHE.slice(i, i + 8).map(async (url) => {
					const response = await fetch(url, { cache: 'no-cache' });
					const problem = await checkDownload(url, response.clone(), manifest);
					if (problem) throw new Error(problem);
					await cache.put(url, response);
				})
			);
		}
	} catch (error) {
		// A corrupt or incomplete bundle leaves nothing behind; the version already running stays.
		await caches.delete(CACHE);
		throw error;
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	const message = event.data as { type?: string } | undefined;
	if (message?.type === 'activate-waiting-version') worker.skipWaiting();
	if (message?.type === 'status') {
		event.waitUntil(
			(async () => {
				const cache = await caches.open(CACHE);
				const cached = (await cache.keys()).length;
				event.ports[0]?.postMessage({ version, cached, expected: PRECACHE.length });
			})()
		);
	}
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached without their query: /map/?year=1950 is /map/ with state in the URL.
			const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			if (hit) return hit;
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') {
					const attract = await cache.match('/kiosk/');
					if (attract) return attract;
				}
				throw error;
			}
		})()
	);
});
