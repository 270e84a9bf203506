/**
 * Lets a route reuse another route's load function: the embeds (/embed/figures/[id]/ …) show the data of the page
 * they embed. Both routes have the same params; only SvelteKit's route id in the event type differs.
 */
export function sameLoad<L extends (event: never) => unknown>(load: L): (event: unknown) => ReturnType<L> {
	return (event) => load(event as Parameters<L>[0]) as ReturnType<L>;
}
