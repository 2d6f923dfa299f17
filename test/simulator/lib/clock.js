'use strict';

/**
 * The simulator's clock: real time plus an offset that tests move forward with `advance(ms)`,
 * so task lifecycles and credit-log dates can be jumped without waiting.
 */
function createClock() {
	let offsetMs = 0;
	return {
		now: () => Date.now() + offsetMs,
		advance(ms) {
			const n = Number(ms);
			if (!Number.isFinite(n) || n < 0) throw new Error('advanceClock: ms must be a non-negative number');
			offsetMs += n;
			return this.describe();
		},
		/** Sets the clock so that now() returns `timeMs` (a number or a Date/ISO string). */
		set(time) {
			const t = typeof time === 'number' ? time : Date.parse(time);
			if (!Number.isFinite(t)) throw new Error('setClock: invalid time');
			offsetMs = t - Date.now();
			return this.describe();
		},
		reset() {
			offsetMs = 0;
		},
		get offsetMs() {
			return offsetMs;
		},
		describe() {
			const now = Date.now() + offsetMs;
			return { now, iso: new Date(now).toISOString(), offsetMs };
		},
	};
}

module.exports = { createClock };
