/** Whether a site address is still a placeholder such as the shipped https://exhibition.example/ (data/site.json). */
export function isPlaceholderUrl(url: string): boolean {
	// Not URL.canParse: it is newer than some school PCs' and in-app browsers the site supports.
	try {
		return /(^|\.)example$/.test(new URL(url).hostname);
	} catch {
		return false;
	}
}
