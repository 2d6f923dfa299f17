import type { IHttpRequestMethods, INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';
import { unwrapResult } from './envelope';
import type { TaskFamily } from './families';
import {
	pagedList,
	queryTask,
	readOnce,
	submitTask,
	writeOnce,
	type OperationRunner,
	type PagedListOptions,
} from './runner';
import type { PreSend } from './validate';

/** Steps an operation adds around the shared ones: checks before sending, shaping after the envelope check. */
export interface RoutingExtras {
	preSend?: PreSend[];
	postReceive?: PostReceiveAction[];
}

/**
 * Routing for one operation: RoutingNode builds the request, `preSend` validates it, the runner
 * sends it (retry, slots, waiting), `unwrapResult` checks Topview's envelope, then `postReceive` shapes it.
 */
export function operationRouting(
	method: IHttpRequestMethods,
	url: string,
	runner: OperationRunner,
	extras: RoutingExtras = {},
): INodePropertyRouting {
	const preSend = extras.preSend ?? [];
	return {
		request: { method, url },
		send: { paginate: true, ...(preSend.length ? { preSend } : {}) },
		operations: { pagination: runner },
		output: { postReceive: [unwrapResult, ...(extras.postReceive ?? [])] },
	};
}

export const submitRouting = (family: TaskFamily, extras?: RoutingExtras) =>
	operationRouting('POST', family.submitPath, submitTask(family), extras);

export const queryRouting = (family: TaskFamily, extras?: RoutingExtras) =>
	operationRouting('GET', family.queryPath, queryTask(family), extras);

export const readRouting = (url: string, extras?: RoutingExtras) => operationRouting('GET', url, readOnce, extras);

export const writeRouting = (method: IHttpRequestMethods, url: string, extras?: RoutingExtras) =>
	operationRouting(method, url, writeOnce, extras);

export const listRouting = (url: string, list: PagedListOptions, extras?: RoutingExtras) =>
	operationRouting('GET', url, pagedList(list), extras);
