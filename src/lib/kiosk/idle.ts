/**
 * The kiosk's idle timer (REQUIREMENTS K-03 … K-05), free of the DOM so that it can be tested with fake timers.
 *
 * waiting ──idleMs without activity──▶ warning ──countdown reaches 0──▶ timed out (the caller resets the kiosk)
 *    ▲                                   │
 *    └────────────── extend() ───────────┘
 *
 * While media plays the timer is suspended; it re-arms `mediaGraceMs` after the media stops, so a visitor who has
 * just watched a film is not asked "Still there?" straight away.
 */
export interface IdleOptions {
	idleMs: number;
	countdownMs: number;
	mediaGraceMs?: number;
	/** The warning opens with this many whole seconds left. */
	onWarn: (secondsLeft: number) => void;
	/** Once a second while the warning is open. */
	onTick: (secondsLeft: number) => void;
	/** The countdown ran out. */
	onTimeout: () => void;
}

export type IdlePhase = 'waiting' | 'warning' | 'media' | 'stopped';

export interface IdleTimer {
	readonly phase: IdlePhase;
	/** A touch, key or wheel: restarts the wait (ignored while the warning is open: the visitor must answer it). */
	activity(): void;
	/** "Continue": closes the warning and starts a new wait. Works any number of times. */
	extend(): void;
	mediaStarted(): void;
	mediaStopped(): void;
	stop(): void;
}

export function createIdleTimer(options: IdleOptions): IdleTimer {
	const { idleMs, countdownMs, mediaGraceMs = 30_000, onWarn, onTick, onTimeout } = options;
	let phase: IdlePhase = 'waiting';
	let timeout: ReturnType<typeof setTimeout> | undefined;
	let ticker: ReturnType<typeof setInterval> | undefined;

	function clear() {
		clearTimeout(timeout);
		clearInterval(ticker);
	}

	function wait(ms: number) {
		clear();
		phase = 'waiting';
		timeout = setTimeout(warn, ms);
	}

	function warn() {
		phase = 'warning';
		let left = Math.ceil(countdownMs / 1000);
		onWarn(left);
		ticker = setInterval(() => {
			left -= 1;
			if (left > 0) {
				onTick(left);
				return;
			}
			clear();
			phase = 'stopped';
			onTimeout();
		}, 1000);
	}

	wait(idleMs);

	return {
		get phase() {
			return phase;
		},
		activity() {
			if (phase === 'waiting') wait(idleMs);
		},
		extend() {
			if (phase === 'warning' || phase === 'waiting') wait(idleMs);
		},
		mediaStarted() {
			if (phase === 'stopped') return;
			clear();
			phase = 'media';
		},
		mediaStopped() {
			if (phase === 'media') wait(mediaGraceMs + idleMs);
		},
		stop() {
			clear();
			phase = 'stopped';
		}
	};
}
