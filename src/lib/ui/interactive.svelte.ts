/**
 * Whether the app is interactive yet. Pages are prerendered, so their controls (filters, zoom, search boxes) arrive
 * before the script that makes them work: on a slow connection a choice made then would be lost when the page
 * hydrates. Such controls stay disabled until the root layout calls `markInteractive()` once it has mounted.
 * @example <fieldset disabled={!interactive.ready}>…</fieldset>
 */
let ready = $state(false);

export const interactive = {
	get ready() {
		return ready;
	}
};

export function markInteractive() {
	ready = true;
}
