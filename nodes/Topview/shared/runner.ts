import {
	NodeApiError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IHttpRequestMethods,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { attachResultFile } from './download';
import { resultToItems } from './envelope';
import { isSuccess, statusOf, type ResultFiles, type TaskFamily } from './families';
import { runInSlot } from './limiter';
import type { CallKind } from './retry';
import { topviewRequest } from './transport';
import { defaultWaitSchedule, waitForTask, type WaitSchedule } from './waiter';

/** The request RoutingNode built from the parameters, checked, with its files uploaded: what a runner sends. */
export interface RoutedRequest {
	method: IHttpRequestMethods;
	path: string;
	qs: IDataObject;
	body: IDataObject;
}

/** Sends an operation's request (or several, e.g. pages), waits, downloads: whatever the operation does. */
export type OperationRunner = (this: IExecutePaginationFunctions, request: RoutedRequest) => Promise<INodeExecutionData[]>;

function taskIdIn({ qs, body }: RoutedRequest): string | undefined {
	const value = qs.taskId ?? body.taskId;
	return typeof value === 'string' && value ? value : undefined;
}

/** Sends the routed request through the one request path, retried as `kind` allows; errors name the task ID. */
export async function sendRouted(
	this: IExecutePaginationFunctions,
	request: RoutedRequest,
	kind: CallKind,
): Promise<INodeExecutionData[]> {
	const result = await topviewRequest.call(this, {
		...request,
		kind,
		taskId: taskIdIn(request),
		itemIndex: this.getItemIndex(),
	});
	return resultToItems(result);
}

/** Look-ups, queries and other idempotent calls: retried on transient failures. */
export const sendIdempotent: OperationRunner = async function (request) {
	return await sendRouted.call(this, request, 'read');
};

/** Writes that are not tasks (create, update, delete): sent once, repeated only when Topview refused them. */
export const sendOnceUnlessRefused: OperationRunner = async function (request) {
	return await sendRouted.call(this, request, 'submit');
};

function scheduleFrom(options: IDataObject): WaitSchedule {
	const seconds = (name: string, fallbackMs: number) =>
		typeof options[name] === 'number' ? (options[name] as number) * 1000 : fallbackMs;
	return {
		...defaultWaitSchedule,
		firstCheckDelayMs: seconds('firstCheckDelaySeconds', defaultWaitSchedule.firstCheckDelayMs),
		pollIntervalMs: seconds('pollIntervalSeconds', defaultWaitSchedule.pollIntervalMs),
		maxPollIntervalMs: seconds('maxPollIntervalSeconds', defaultWaitSchedule.maxPollIntervalMs),
		timeoutMs:
			typeof options.timeoutMinutes === 'number'
				? options.timeoutMinutes * 60_000
				: defaultWaitSchedule.timeoutMs,
	};
}

async function maybeDownload(
	this: IExecutePaginationFunctions,
	family: TaskFamily,
	item: INodeExecutionData,
	options: IDataObject,
): Promise<INodeExecutionData> {
	if (!options.downloadResult || !isSuccess(statusOf(family, item.json))) return item;
	const property = (options.binaryPropertyName as string) || 'data';
	return await attachResultFile.call(this, family, item, property);
}

/** The family whose result a finished chain ends with: the last follow-up. */
const lastStepOf = (family: TaskFamily): TaskFamily => (family.followUp ? lastStepOf(family.followUp) : family);

/**
 * Waits for a submitted task and, where the family has a follow-up step, submits and waits for that too,
 * passing the same callback URL. The follow-up submit creates a paid task: it is sent once (retried only
 * when Topview refused it), and its errors name the first task's ID.
 */
async function waitForChain(
	this: IExecutePaginationFunctions,
	family: TaskFamily,
	taskId: string,
	schedule: WaitSchedule,
	noticeUrl: unknown,
): Promise<IDataObject> {
	const itemIndex = this.getItemIndex();
	const finished = await waitForTask.call(this, { family, taskId, schedule, itemIndex });
	if (!family.followUp) return finished;
	const next = (await topviewRequest.call(this, {
		method: 'POST',
		path: family.followUp.submitPath,
		body: { taskId, ...(typeof noticeUrl === 'string' && noticeUrl ? { noticeUrl } : {}) },
		taskId,
		itemIndex,
	})) as IDataObject | null;
	const nextTaskId = typeof next?.taskId === 'string' && next.taskId ? next.taskId : taskId;
	const result = await waitForChain.call(this, family.followUp, nextTaskId, schedule, noticeUrl);
	return { ...result, [`${family.id}TaskId`]: taskId };
}

/** Submit a task of `family`; with Wait for Completion, hold a slot until it (and any follow-up) is terminal. */
export function submitTask(family: TaskFamily): OperationRunner {
	return async function (request) {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const wait = this.getNodeParameter('waitForCompletion', false) as boolean;
		const maxTasks = typeof options.maxConcurrentTasks === 'number' ? options.maxConcurrentTasks : 4;
		const slotKey = `${this.getExecutionId()}:${this.getNode().id ?? this.getNode().name}`;
		const noticeUrl = request.body.noticeUrl;
		return await runInSlot(slotKey, maxTasks, async () => {
			const submitted = await sendRouted.call(this, request, 'submit');
			if (!wait) return submitted;
			return await Promise.all(
				submitted.map(async (item) => {
					const taskId = item.json.taskId;
					if (typeof taskId !== 'string' || !taskId) {
						throw new NodeApiError(this.getNode(), item.json as JsonObject, {
							message: `Topview accepted the ${family.label} submit but returned no task ID`,
							itemIndex: this.getItemIndex(),
						});
					}
					const json = await waitForChain.call(this, family, taskId, scheduleFrom(options), noticeUrl);
					const last = lastStepOf(family);
					const results = last.itemsOf ? last.itemsOf(json) : [json];
					return await Promise.all(results.map(async (result) => await maybeDownload.call(this, last, { json: result }, options)));
				}),
			).then((perTask) => perTask.flat());
		});
	};
}

/**
 * A call that answers with finished files at once, with no task to wait for; Download Result attaches
 * them. `kind` says whether repeating it is safe.
 */
export function callWithFiles(files: ResultFiles, kind: CallKind): OperationRunner {
	return async function (request) {
		const items = await sendRouted.call(this, request, kind);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (!options.downloadResult) return items;
		const property = (options.binaryPropertyName as string) || 'data';
		return await Promise.all(items.map(async (item) => await attachResultFile.call(this, files, item, property)));
	};
}

/** Query a task of `family`; with Download Result, a finished task's file is attached as binary. */
export function queryTask(family: TaskFamily): OperationRunner {
	return async function (request) {
		const items = await sendRouted.call(this, request, 'read');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		return await Promise.all(items.map(async (item) => await maybeDownload.call(this, family, item, options)));
	};
}

export interface PagedListOptions {
	/** Where the page's entries are inside `result`: `data` (most lists) or `list` (board tasks). */
	itemsField: 'data' | 'list';
	/** Other names sources give that array; the first one present in a page is read. */
	alternateItemsFields?: Array<'data' | 'list'>;
	/** Largest page the API serves. */
	maxPageSize: number;
	/** The API takes no paging parameters and answers the whole list at once. */
	unpaged?: boolean;
	/** Keeps only the entries this returns true for: a filter the node applies where the API has none. */
	keep?: (context: IExecutePaginationFunctions, entry: IDataObject) => boolean;
}

/**
 * Get Many over Topview's `pageNo`/`pageSize` paging: Return All walks every page, otherwise pages are
 * fetched until Limit entries are collected. Each entry becomes one item. An API that answers a bare
 * array (no paging) gets Limit applied to it.
 */
export function pagedList(list: PagedListOptions): OperationRunner {
	return async function (request) {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const collected: INodeExecutionData[] = [];
		for (let pageNo = 1; collected.length < limit; pageNo++) {
			const pageSize = Math.min(list.maxPageSize, limit - collected.length);
			const page = list.unpaged ? request : { ...request, qs: { ...request.qs, pageNo, pageSize } };
			const items = await sendRouted.call(this, page, 'read');
			const answer = items.length === 1 ? items[0].json : undefined;
			const field = [list.itemsField, ...(list.alternateItemsFields ?? [])].find((name) => Array.isArray(answer?.[name]));
			const entries = answer && field ? (answer[field] as IDataObject[]) : undefined;
			const kept = (all: IDataObject[]) => (list.keep ? all.filter((entry) => list.keep?.(this, entry)) : all);
			if (!entries || list.unpaged) {
				// A bare array (unwrapped into one item per entry) is the whole, unpaged list.
				collected.push(...kept(entries ?? items.map((item) => item.json)).map((json) => ({ json })));
				break;
			}
			collected.push(...kept(entries).map((json) => ({ json })));
			const total = typeof answer?.total === 'number' ? answer.total : undefined;
			if (entries.length < pageSize || (total !== undefined && pageNo * pageSize >= total)) break;
		}
		return collected.slice(0, limit);
	};
}
