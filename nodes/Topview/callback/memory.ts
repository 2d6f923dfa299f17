import type { IDataObject } from 'n8n-workflow';
import { emittedLimit, markEmitted, readState, writeState } from '../trigger/tracker';

/**
 * Exactly once, across concurrent and repeated callbacks. n8n loads a workflow's static data for each
 * webhook request and saves it after the request, so two callbacks for one task arriving together would
 * both read "not emitted" there. This process therefore also remembers tasks being confirmed (later
 * callbacks wait for the first) and tasks handled (bounded); the static data keeps the memory over restarts.
 */
const inFlight = new Map<string, Promise<void>>();
const handled = new Set<string>();

/** How many handled tasks this process remembers over all workflows (each workflow's static data keeps 1,000). */
export const processMemoryLimit = emittedLimit * 20;

function remember(key: string): void {
	handled.delete(key);
	handled.add(key);
	while (handled.size > processMemoryLimit) handled.delete(handled.values().next().value as string);
}

export interface TaskClaim {
	/** The task was handled (emitted, or filtered out): never again. */
	commit(): void;
	/** The task was not handled (not confirmed yet): a later callback may try again. */
	release(): void;
}

/**
 * Claims a task for this callback, or resolves undefined when it was handled already. While another
 * callback holds the claim, waits for it to end and decides again.
 * `scope` names the workflow and node; `staticData` is the node's static data.
 */
export async function claimTask(scope: string, taskId: string, staticData: IDataObject): Promise<TaskClaim | undefined> {
	const key = `${scope}\u0000${taskId}`;
	for (;;) {
		if (handled.has(key)) return undefined;
		const running = inFlight.get(key);
		if (running) {
			await running;
			continue;
		}
		if (readState(staticData).emitted.includes(taskId)) {
			remember(key);
			return undefined;
		}
		let settle: () => void = () => undefined;
		const settled = new Promise<void>((resolve) => (settle = resolve));
		inFlight.set(key, settled);
		const end = (done: boolean) => {
			if (inFlight.get(key) !== settled) return;
			inFlight.delete(key);
			if (done) {
				remember(key);
				const state = readState(staticData);
				markEmitted(state, [taskId]);
				writeState(staticData, state);
			}
			settle();
		};
		return { commit: () => end(true), release: () => end(false) };
	}
}

/** Forgets this process's memory (tests simulating a restart). */
export function forgetProcessMemory(): void {
	handled.clear();
}
