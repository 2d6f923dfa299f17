import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';
import { taskQuerySchema } from './descriptions';
import type { TaskFamily } from './families';
import { uploadPendingFiles } from './inlineFiles';
import {
	pagedList,
	queryTask,
	sendIdempotent,
	sendOnceUnlessRefused,
	submitTask,
	type OperationRunner,
	type PagedListOptions,
} from './runner';
import { validateRequest, type PreSend } from './validate';

/** Shapes an operation's output items, e.g. removes secrets or reports what was deleted. */
export type Shape = (this: IExecuteSingleFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

/** What an operation adds to the shared path. */
export interface RoutingExtras {
	/** Run by RoutingNode together with the fields' own preSends (e.g. staging binary files), before the checks. */
	preSend?: PreSend[];
	/** Run on the complete request before anything is uploaded or sent: validation, model limits, cost checks. */
	checks?: PreSend[];
	shape?: Shape;
}

/**
 * The path of every operation. RoutingNode builds the request from the parameters and runs the preSends
 * (file fields stage their binaries there), then hands it here: the checks run, staged files are uploaded,
 * and the runner sends it through the one request path (`topviewRequest`: auth, envelope, retry, errors).
 */
function runChecked(runner: OperationRunner, extras: RoutingExtras) {
	return async function (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions) {
		let options = requestData.options;
		for (const check of extras.checks ?? []) options = await check.call(this, options as IHttpRequestOptions);
		const body = await uploadPendingFiles.call(this, (options.body ?? {}) as IDataObject);
		const items = await runner.call(this, {
			method: options.method ?? 'GET',
			path: options.url ?? '',
			qs: (options.qs ?? {}) as IDataObject,
			body: body ?? {},
		});
		return extras.shape ? await extras.shape.call(this, items) : items;
	};
}

const extrasOfRunner = new WeakMap<object, RoutingExtras>();

/** What an operation's routing adds to the shared path (its checks, e.g. the schema of its body). */
export function routingExtrasOf(routing: INodePropertyRouting | undefined): RoutingExtras | undefined {
	const runner = routing?.operations?.pagination;
	return typeof runner === 'function' ? extrasOfRunner.get(runner) : undefined;
}

export function operationRouting(
	method: IHttpRequestMethods,
	url: string,
	runner: OperationRunner,
	extras: RoutingExtras = {},
): INodePropertyRouting {
	const preSend = extras.preSend ?? [];
	const pagination = runChecked(runner, extras);
	extrasOfRunner.set(pagination, extras);
	return {
		request: { method, url },
		send: { paginate: true, ...(preSend.length ? { preSend } : {}) },
		operations: { pagination },
	};
}

/**
 * Routing for an operation whose runner does all its work itself, with no request declared: the node
 * answers from its own data (a model table, a cost estimate) or runs a multi-step flow (File → Upload).
 */
export function runnerRouting(
	run: (this: IExecutePaginationFunctions) => Promise<INodeExecutionData[]>,
): INodePropertyRouting {
	return {
		send: { paginate: true },
		operations: {
			pagination: async function (this: IExecutePaginationFunctions) {
				return await run.call(this);
			},
		},
	};
}

export const submitRouting = (family: TaskFamily, extras?: RoutingExtras) =>
	operationRouting('POST', family.submitPath, submitTask(family), extras);

/** The check of every task query: the task ID before the request (a blank one would only get Topview's 4003). */
export const checkTaskQuery = validateRequest(taskQuerySchema, 'qs');

export const queryRouting = (family: TaskFamily, extras: RoutingExtras = {}) =>
	operationRouting('GET', family.queryPath, queryTask(family), {
		...extras,
		checks: [checkTaskQuery, ...(extras.checks ?? [])],
	});

export const readRouting = (url: string, extras?: RoutingExtras) => operationRouting('GET', url, sendIdempotent, extras);

export const writeRouting = (method: IHttpRequestMethods, url: string, extras?: RoutingExtras) =>
	operationRouting(method, url, sendOnceUnlessRefused, extras);

export const listRouting = (url: string, list: PagedListOptions, extras?: RoutingExtras) =>
	operationRouting('GET', url, pagedList(list), extras);
