import {
	NodeOperationError,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';
import { attachResultFile } from '../shared/download';
import { failureOf } from '../shared/envelope';
import { isSuccess, isTerminal, type TaskFamily } from '../shared/families';
import { mapBounded } from '../shared/limiter';
import type { TaskRecord, TaskSource } from './sources';
import { markEmitted, readState, watch, writeState } from './tracker';

export type EmitOn = 'both' | 'success' | 'failure';

export interface PollPlan {
	event: string;
	source: TaskSource;
	emitOn: EmitOn;
	/** The family whose result file can be downloaded (task-family events). */
	family?: TaskFamily;
	download?: { binaryPropertyName: string };
}

/** How many task queries one poll runs at once. */
export const queryConcurrency = 8;

const authCodes = new Set(['401', '4002']);

function wanted(emitOn: EmitOn, task: TaskRecord): boolean {
	if (emitOn === 'both') return true;
	return (emitOn === 'success') === isSuccess(task.status);
}

async function toItem(this: IPollFunctions, plan: PollPlan, task: TaskRecord): Promise<INodeExecutionData> {
	const item: INodeExecutionData = { json: { ...task.json, taskId: task.taskId, status: task.status, event: plan.event } };
	if (!plan.download || !plan.family || !isSuccess(task.status)) return item;
	return await attachResultFile.call(this, plan.family, item, plan.download.binaryPropertyName);
}

/**
 * One poll of the exactly-once engine: discover tasks from the source, read the pending ones (bounded
 * concurrency), emit each task the first time it is seen terminal, and commit the memory only at the end.
 */
export async function pollOnce(this: IPollFunctions, plan: PollPlan): Promise<INodeExecutionData[][] | null> {
	if (this.getMode() === 'manual') return await fetchSample.call(this, plan);

	const staticData = this.getWorkflowStaticData('node');
	const state = readState(staticData);
	const firstRun = state.configKey !== plan.source.configKey;
	if (firstRun) {
		state.configKey = plan.source.configKey;
		state.cursor = undefined;
		if (plan.source.baselineFirst) state.pending = [];
	}

	const found = await plan.source.discover.call(this, state.cursor, state.pending);
	state.cursor = found.cursor ?? state.cursor;
	if (found.unwatch?.length) {
		const drop = new Set(found.unwatch);
		state.pending = state.pending.filter((id) => !drop.has(id));
	}
	if (firstRun && plan.source.baselineFirst) {
		markEmitted(state, found.history ?? []);
		watch(state, found.taskIds.filter((id) => !isTerminal(found.known.get(id)?.status)));
		writeState(staticData, state);
		return null;
	}
	markEmitted(state, found.history ?? []);
	watch(state, found.taskIds);

	const errors: unknown[] = [];
	const finished: TaskRecord[] = [];
	const gone: string[] = [];
	await mapBounded(state.pending, queryConcurrency, async (taskId) => {
		try {
			const known = found.known.get(taskId);
			const task = known ?? (await plan.source.read.call(this, taskId));
			if (isTerminal(task.status)) finished.push(task);
		} catch (error) {
			if (failureOf(error)?.code === '4004') gone.push(taskId);
			else errors.push(error);
		}
	});
	if (errors.length && !finished.length && errors.every((error) => authCodes.has(failureOf(error)?.code ?? ''))) {
		throw errors[0] as Error;
	}
	for (const taskId of gone) {
		this.logger.warn(`Topview Trigger: task ${taskId} does not exist on this account (4004); it is no longer watched`);
	}

	const order = new Map(state.pending.map((id, index) => [id, index]));
	finished.sort((a, b) => (order.get(a.taskId) ?? 0) - (order.get(b.taskId) ?? 0));
	const notFound: TaskRecord[] = gone.map((taskId) => ({
		taskId,
		status: 'notFound',
		json: { taskId, errorMsg: 'Topview does not know this task on this account (4004); it is no longer watched' },
	}));
	const emitted = [...finished, ...notFound];
	const items = await Promise.all(
		emitted.filter((task) => wanted(plan.emitOn, task)).map(async (task) => await toItem.call(this, plan, task)),
	);
	markEmitted(state, emitted.map((task) => task.taskId));
	writeState(staticData, state);
	return items.length ? [items] : null;
}

/** Fetch Test Event: the most recent finished watched task, without touching the memory. */
async function fetchSample(this: IPollFunctions, plan: PollPlan): Promise<INodeExecutionData[][]> {
	const task = await plan.source.sample.call(this);
	if (!task) {
		throw new NodeOperationError(this.getNode(), 'No finished task to show yet', {
			description:
				'Fetch Test Event shows the most recent finished task the trigger watches. Submit a task (or list a finished task ID) and try again.',
		});
	}
	return [[await toItem.call(this, plan, task)]];
}
