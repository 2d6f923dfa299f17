import { sleep } from 'n8n-workflow';

/** Thrown when the execution is cancelled while a Topview node is waiting. */
export class Cancelled extends Error {}

/** Sleeps `ms`, returning early with `Cancelled` when the execution is stopped. */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) throw new Cancelled('The execution was cancelled');
	if (ms <= 0) return;
	if (!signal) return await sleep(ms);
	let onAbort: (() => void) | undefined;
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(new Cancelled('The execution was cancelled'));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		if (onAbort) signal.removeEventListener('abort', onAbort);
	}
}
