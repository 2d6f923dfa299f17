import type { IDataObject } from 'n8n-workflow';

/** How many emitted task IDs the trigger remembers; older ones are forgotten first. */
export const emittedLimit = 1000;

/**
 * The trigger's memory, kept in the workflow's static data so it survives restarts.
 * `pending`: task IDs being watched. `emitted`: task IDs already emitted (bounded).
 * `configKey`: what the memory belongs to; a change of source starts a new baseline.
 * `cursor`: source-specific position (newest log or board entry seen, epoch ms).
 * `keep` (not saved): IDs the user lists in Specific Tasks. While listed, an emitted ID is never
 * forgotten, even past `emittedLimit`; forgetting it would make the next poll watch and emit it again.
 */
export interface TrackerState {
	configKey?: string;
	pending: string[];
	emitted: string[];
	cursor?: number;
	keep?: Set<string>;
}

export function readState(staticData: IDataObject): TrackerState {
	const saved = (staticData.topview ?? {}) as Partial<TrackerState>;
	return {
		configKey: saved.configKey,
		pending: Array.isArray(saved.pending) ? [...saved.pending] : [],
		emitted: Array.isArray(saved.emitted) ? [...saved.emitted] : [],
		cursor: typeof saved.cursor === 'number' ? saved.cursor : undefined,
	};
}

/**
 * Bounds the emitted list to `emittedLimit`, forgetting the oldest IDs first but never an ID in `keep`
 * (so the list may exceed the limit only by IDs the node's own parameters list).
 */
export function trimEmitted(emitted: string[], keep?: Set<string>): string[] {
	if (emitted.length <= emittedLimit) return emitted;
	if (!keep?.size) return emitted.slice(-emittedLimit);
	let excess = emitted.length - emittedLimit;
	return emitted.filter((id) => {
		if (excess > 0 && !keep.has(id)) {
			excess--;
			return false;
		}
		return true;
	});
}

/** Writes the state back in one step, so a poll that failed half-way leaves the previous state intact. */
export function writeState(staticData: IDataObject, state: TrackerState): void {
	staticData.topview = {
		configKey: state.configKey,
		pending: state.pending,
		emitted: trimEmitted(state.emitted, state.keep),
		...(state.cursor !== undefined ? { cursor: state.cursor } : {}),
	} as IDataObject;
}

/** Marks task IDs as emitted: they leave `pending` and are never emitted again. */
export function markEmitted(state: TrackerState, taskIds: string[]): void {
	if (!taskIds.length) return;
	const done = new Set(taskIds);
	state.pending = state.pending.filter((id) => !done.has(id));
	const kept = state.emitted.filter((id) => !done.has(id));
	state.emitted = trimEmitted([...kept, ...taskIds], state.keep);
}

/** Adds task IDs to `pending` unless they are pending or emitted already. */
export function watch(state: TrackerState, taskIds: string[]): void {
	const known = new Set([...state.pending, ...state.emitted]);
	for (const id of taskIds) {
		if (known.has(id)) continue;
		known.add(id);
		state.pending.push(id);
	}
}
