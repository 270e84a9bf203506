/**
 * Checks a download of the kiosk's offline bundle against build/kiosk-manifest.json (written after the build by
 * scripts/kiosk-manifest.mjs): a file that failed, is not listed, or whose SHA-256 differs makes the whole new
 * version refuse to install, and the version already running stays (REQUIREMENTS K-13).
 */
export interface BundleManifest {
	version: string;
	/** SHA-256 (hex) by URL: "/figures/zhao-yiman/", "/_app/immutable/…". */
	files: Record<string, string>;
}

export async function sha256Hex(data: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', data);
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Why this download may not be cached, or undefined if it matches the manifest. */
export async function checkDownload(
	url: string,
	response: Response,
	manifest: BundleManifest
): Promise<string | undefined> {
	if (!response.ok) return `${url}: HTTP ${response.status}`;
	const expected = manifest.files[url];
	if (!expected) return `${url}: not in the manifest`;
	const actual = await sha256Hex(await response.arrayBuffer());
	return actual === expected ? undefined : `${url}: checksum ${actual.slice(0, 12)}… is not ${expected.slice(0, 12)}…`;
}
