/**
 * The runtime profile (REQUIREMENTS X-01) and the kiosk's visitor preferences.
 *
 * The profile is chosen by URL only: opening /kiosk/ or any page with ?mode=kiosk stores "kiosk" in localStorage,
 * ?mode=web clears it. An inline script in app.html applies the profile and the preferences to <html> before first
 * paint (it repeats `PROFILE_KEY` and `PREF_KEYS`; a test keeps the two in step).
 */
import { USAGE_DAMAGED_KEY, USAGE_KEY } from './usage';

export const PROFILE_KEY = 'exhibition:profile';

/** Comfort settings a visitor may change; all go back to their defaults at every reset (K-04). */
export const PREF_KEYS = {
	textSize: 'exhibition:text-size',
	contrast: 'exhibition:contrast',
	motion: 'exhibition:motion'
} as const;

export const TEXT_SIZES = ['1', '2', '3'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** The attribute on <html> that carries each preference (data-text-size, data-contrast, data-motion). */
export const PREF_ATTRIBUTES = {
	textSize: 'textSize',
	contrast: 'contrast',
	motion: 'motion'
} as const;

export type Profile = 'kiosk' | 'web' | 'embed';

export function currentProfile(): Profile {
	const value = typeof document === 'undefined' ? undefined : document.documentElement.dataset.profile;
	return value === 'kiosk' || value === 'embed' ? value : 'web';
}

/** Where every visit starts and every reset returns to. */
export const ATTRACT_PATH = '/kiosk/';
export const KIOSK_HOME_PATH = '/kiosk/home/';

/** Keys that belong to the kiosk, not to a visitor: the profile (the kiosk must stay a kiosk) and the usage counts. */
const KIOSK_KEYS: readonly string[] = [PROFILE_KEY, USAGE_KEY, USAGE_DAMAGED_KEY];

/**
 * Forgets the visitor: clears sessionStorage and every key of ours in localStorage except the kiosk's own
 * (`KIOSK_KEYS`). Other origins' data and the service worker's caches are not touched.
 */
export function forgetVisitor(local: Storage, session: Storage): void {
	session.clear();
	const ours = Array.from({ length: local.length }, (_, i) => local.key(i)).filter(
		(key): key is string => key !== null && key.startsWith('exhibition:') && !KIOSK_KEYS.includes(key)
	);
	for (const key of ours) local.removeItem(key);
}

/** Sets a preference for this visit and shows it at once; `undefined` restores the default. */
export function setPreference(name: keyof typeof PREF_KEYS, value: string | undefined): void {
	const root = document.documentElement;
	if (value === undefined) {
		localStorage.removeItem(PREF_KEYS[name]);
		delete root.dataset[PREF_ATTRIBUTES[name]];
	} else {
		localStorage.setItem(PREF_KEYS[name], value);
		root.dataset[PREF_ATTRIBUTES[name]] = value;
	}
}

/** True when motion should be avoided: the system setting, or the kiosk's "reduce motion" switch. */
export function prefersReducedMotion(): boolean {
	if (typeof window === 'undefined') return false;
	return (
		document.documentElement.dataset.motion === 'reduce' ||
		window.matchMedia('(prefers-reduced-motion: reduce)').matches
	);
}
