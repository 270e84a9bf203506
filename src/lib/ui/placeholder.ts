/** Whether a site address is still a placeholder such as the shipped https://exhibition.example/ (data/site.json). */
export function isPlaceholderUrl(url: string): boolean {
	return URL.canParse(url) && /(^|\.)example$/.test(new URL(url).hostname);
}
