import type { IHttpRequestMethods, INodePropertyRouting } from 'n8n-workflow';
import { unwrapResult } from './envelope';
import type { TaskFamily } from './families';
import { queryTask, readOnce, submitTask, writeOnce, type OperationRunner } from './runner';
import type { PreSend } from './validate';

/**
 * Routing for one operation: RoutingNode builds the request, `preSend` validates it, the runner
 * sends it (retry, slots, waiting) and `unwrapResult` checks Topview's envelope.
 */
export function operationRouting(
	method: IHttpRequestMethods,
	url: string,
	runner: OperationRunner,
	preSend: PreSend[] = [],
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { paginate: true, ...(preSend.length ? { preSend } : {}) },
		operations: { pagination: runner },
		output: { postReceive: [unwrapResult] },
	};
}

export const submitRouting = (family: TaskFamily, preSend: PreSend[] = []) =>
	operationRouting('POST', family.submitPath, submitTask(family), preSend);

export const queryRouting = (family: TaskFamily) => operationRouting('GET', family.queryPath, queryTask(family));

export const readRouting = (url: string, preSend: PreSend[] = []) => operationRouting('GET', url, readOnce, preSend);

export const writeRouting = (method: IHttpRequestMethods, url: string, preSend: PreSend[] = []) =>
	operationRouting(method, url, writeOnce, preSend);
