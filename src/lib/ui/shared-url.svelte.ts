import { onMount } from 'svelte';
import { base } from '$app/paths';
import { currentProfile } from '$lib/kiosk/profile';
import { isPlaceholderUrl } from './placeholder';

/**
 * The base address for what people copy, scan or embed (citations, QR codes, embed codes, lesson links): the site's
 * public `url`, or, while that is still a placeholder, the address the page was really opened at once it runs in a
 * browser — so a school that installs the exhibition without editing data/site.json still hands out working links.
 * Call while a component initialises.
 */
export function sharedBaseUrl(siteUrl: () => string): { readonly url: string } {
	let here = $state<string>();
	onMount(() => {
		// A kiosk's own address (127.0.0.1) is no use to anyone who scans or copies it: it keeps the configured one.
		if (currentProfile() !== 'kiosk') here = `${location.origin}${base}/`;
	});
	return {
		get url() {
			return here && isPlaceholderUrl(siteUrl()) ? here : siteUrl();
		}
	};
}
