import type { TopviewFailure } from './envelope';
import { describeFailure } from './failure';
import { pause } from './pause';

/**
 * `read`: idempotent calls (queries, look-ups, upload checks), safe to repeat.
 * `submit`: calls that create a paid task; repeated only when Topview guarantees the first was not accepted.
 */
export type CallKind = 'read' | 'submit';

interface Backoff {
	attempts: number;
	firstDelayMs: number;
	maxDelayMs: number;
}

/** Delays in milliseconds. */
export const retryTiming = {
	transient: { attempts: 5, firstDelayMs: 1_000, maxDelayMs: 30_000 } as Backoff,
	busy: { attempts: 6, firstDelayMs: 10_000, maxDelayMs: 30_000 } as Backoff,
	unfinishedTask: { attempts: 10, firstDelayMs: 30_000, maxDelayMs: 60_000 } as Backoff,
};

const transientBodyCodes = new Set(['5000', '5001', '5003', '5004', '5005']);
const neverConnected = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const lostSubmitAdvice =
	'The submit may have reached Topview and created a task; it was not sent again, to avoid a second charge. Before submitting again, look for the task in your Topview board or in the credit logs (Account → Get Credit Logs).';

/** Whether a failed submit could still have created a task at Topview. */
function mayHaveBeenAccepted(failure: TopviewFailure): boolean {
	if (failure.source === 'body') return false;
	if (failure.source === 'network') return !neverConnected.has(failure.code);
	return (failure.code.startsWith('5') && failure.code !== '503') || failure.code === 'INVALID_RESPONSE';
}

/** What to tell the user after a call of `kind` failed for good: a submit that may have created a task says so. */
export function adviceAfter(failure: TopviewFailure, kind: CallKind): string | undefined {
	return kind === 'submit' && mayHaveBeenAccepted(failure) ? lostSubmitAdvice : failure.advice;
}

/** The backoff to use for a failure, or undefined when it must not be retried. */
export function backoffFor(failure: TopviewFailure, kind: CallKind): Backoff | undefined {
	const { code, source } = failure;
	if (kind === 'submit') {
		if (source === 'body' && code === '4007') return retryTiming.unfinishedTask;
		if (source === 'body' && code === '5003') return retryTiming.busy;
		if (source === 'http' && (code === '429' || code === '503')) return retryTiming.busy;
		if (source === 'network' && neverConnected.has(code)) return retryTiming.transient;
		return undefined;
	}
	if (source === 'body') {
		if (code === '5003') return retryTiming.busy;
		return transientBodyCodes.has(code) ? retryTiming.transient : undefined;
	}
	if (source === 'http') {
		const transient = code === '429' || code.startsWith('5') || code === 'INVALID_RESPONSE';
		return transient ? retryTiming.transient : undefined;
	}
	return retryTiming.transient;
}

/** Exponential backoff with full jitter, capped. */
export function delayFor(backoff: Backoff, retryNumber: number, random = Math.random): number {
	const ceiling = Math.min(backoff.maxDelayMs, backoff.firstDelayMs * 2 ** retryNumber);
	const floor = backoff.firstDelayMs / 2;
	return floor + random() * Math.max(0, ceiling - floor);
}

/**
 * Runs `call`, repeating it while its failure is retryable for `kind`. Errors that are not about the
 * call (validation, cancellation) are re-thrown at once.
 */
export async function withRetry<T>(
	kind: CallKind,
	call: () => Promise<T>,
	signal?: AbortSignal,
): Promise<T> {
	const retriesSoFar = new Map<Backoff, number>();
	for (;;) {
		let caught: unknown;
		try {
			return await call();
		} catch (error) {
			caught = error;
		}
		const failure = describeFailure(caught);
		const backoff = failure && backoffFor(failure, kind);
		const done = backoff ? (retriesSoFar.get(backoff) ?? 0) : 0;
		if (!backoff || done >= backoff.attempts) throw caught;
		retriesSoFar.set(backoff, done + 1);
		await pause(delayFor(backoff, done), signal);
	}
}
