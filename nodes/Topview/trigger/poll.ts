import {
	type IDataObject,
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

/** How many task queries (and result downloads) one poll runs at once. */
export const queryConcurrency = 8;

/** Share of the host's poll budget (`getPollBudgetMs`, n8n ≥ 2.38) a poll spends starting task queries. */
const budgetShare = 0.8;

/** A poll still marked as running after this long is taken as stuck and no longer holds back the next. */
const stuckAfterMs = 30 * 60_000;

const authCodes = new Set(['401', '4002']);

/**
 * Polls in progress, per workflow and node. n8n starts a poll on schedule even while the previous one
 * still runs (both reading the same memory), which would emit the same finished task twice.
 */
const inProgress = new Map<string, { startedAt: number }>();

function wanted(emitOn: EmitOn, task: TaskRecord): boolean {
	if (emitOn === 'both') return true;
	return (emitOn === 'success') === isSuccess(task.status);
}

async function toItem(this: IPollFunctions, plan: PollPlan, task: TaskRecord): Promise<INodeExecutionData> {
	const item: INodeExecutionData = { json: { ...task.json, taskId: task.taskId, status: task.status, event: plan.event } };
	if (!plan.download || !plan.family || !isSuccess(task.status)) return item;
	return await attachResultFile.call(this, plan.family, item, plan.download.binaryPropertyName);
}

/** When this poll must stop starting task queries, from the host's poll budget; undefined on older hosts. */
function queryDeadline(context: IPollFunctions): number | undefined {
	const host = context as { getPollBudgetMs?: unknown };
	if (typeof host.getPollBudgetMs !== 'function') return undefined;
	const budget: unknown = (host.getPollBudgetMs as () => unknown).call(context);
	if (typeof budget !== 'number' || !Number.isFinite(budget) || budget <= 0) return undefined;
	return Date.now() + budget * budgetShare;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * One poll of the exactly-once engine: discover tasks from the source, read the pending ones (bounded
 * concurrency), emit each task the first time it is seen terminal, and commit the memory only at the end.
 */
export async function pollOnce(this: IPollFunctions, plan: PollPlan): Promise<INodeExecutionData[][] | null> {
	if (this.getMode() === 'manual') return await fetchSample.call(this, plan);

	const node = this.getNode();
	const key = `${this.getWorkflow().id ?? ''}:${node.id ?? node.name}`;
	const previous = inProgress.get(key);
	if (previous && Date.now() - previous.startedAt < stuckAfterMs) {
		this.logger.warn(`Topview Trigger "${node.name}": the previous poll is still running, so this one is skipped`);
		return null;
	}
	const mark = { startedAt: Date.now() };
	inProgress.set(key, mark);
	try {
		return await pollTracked.call(this, plan);
	} finally {
		if (inProgress.get(key) === mark) inProgress.delete(key);
	}
}

async function pollTracked(this: IPollFunctions, plan: PollPlan): Promise<INodeExecutionData[][] | null> {
	const deadline = queryDeadline(this);
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
	state.keep = found.listed ? new Set(found.listed) : undefined;
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
	const notReached: string[] = [];
	let started = 0;
	await mapBounded(state.pending, queryConcurrency, async (taskId) => {
		const known = found.known.get(taskId);
		// Past the budget, stop starting queries (after a first round, so every poll makes progress).
		if (!known && deadline !== undefined && started >= queryConcurrency && Date.now() >= deadline) {
			notReached.push(taskId);
			return;
		}
		if (!known) started++;
		try {
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
	if (errors.length) {
		this.logger.warn(
			`Topview Trigger: ${errors.length} task ${errors.length === 1 ? 'query' : 'queries'} failed; those tasks stay watched and are queried again next poll (${messageOf(errors[0])})`,
		);
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
	const done = [...finished, ...notFound];
	const outcomes = await mapBounded(done, queryConcurrency, async (task) => {
		if (!wanted(plan.emitOn, task)) return { task };
		try {
			return { task, item: await toItem.call(this, plan, task) };
		} catch (error) {
			return { task, error: error as Error };
		}
	});
	const items = outcomes.flatMap((outcome) => (outcome.item ? [outcome.item] : []));
	const undelivered = outcomes.filter((outcome) => outcome.error !== undefined);
	if (undelivered.length) {
		// A task whose item could not be built (its result download failed) stays pending: it is queried,
		// downloaded and emitted on a later poll, and does not hold back the tasks that did work.
		if (!items.length) throw undelivered[0].error as Error;
		this.logger.warn(
			`Topview Trigger: ${undelivered.length} finished task(s) could not be emitted yet and stay watched (${messageOf(undelivered[0].error)})`,
		);
	}
	const retry = new Set(undelivered.map((outcome) => outcome.task.taskId));
	markEmitted(
		state,
		done.filter((task) => !retry.has(task.taskId)).map((task) => task.taskId),
	);
	if (notReached.length) {
		// Out of poll budget: the tasks this poll had no time for go first next time.
		const first = new Set(notReached);
		state.pending = [...state.pending.filter((id) => first.has(id)), ...state.pending.filter((id) => !first.has(id))];
		this.logger.info(`Topview Trigger: poll budget used up; ${notReached.length} watched task(s) are queried next poll`);
	}
	writeState(staticData, state);
	return items.length ? [items] : null;
}

/** Fetch Test Event: the most recent finished watched task, without touching the memory. */
async function fetchSample(this: IPollFunctions, plan: PollPlan): Promise<INodeExecutionData[][]> {
	const task = await plan.source.sample.call(this);
	if (!task) return [[sampleItem(plan)]];
	return [[await toItem.call(this, plan, task)]];
}

export const sampleNote =
	'Sample event: no watched task has finished yet. For a real one, submit a task with the Topview node (with Specific Tasks, list its task ID; with a board, file it in that board), or list the ID of a task that has finished, then fetch again.';

/**
 * What Fetch Test Event shows before any watched task has finished: an item shaped like a finished
 * task (so the next nodes can be mapped), marked `sample: true`, instead of an error.
 */
function sampleItem(plan: PollPlan): INodeExecutionData {
	const json: IDataObject = { taskId: 'sample-task-id', status: 'success', errorMsg: '' };
	const [path] = plan.family?.resultUrls ?? [];
	const url = `https://example.com/topview-sample.${plan.family?.resultFile?.extension ?? 'mp4'}`;
	// A field name, or `list[].field` for a list of files: the sample has one entry.
	const [list, field] = path?.split('[].') ?? [];
	if (path && field) json[list] = [{ [field]: url }];
	else if (path) json[path] = url;
	return { json: { ...json, event: plan.event, sample: true, note: sampleNote } };
}
