import type { IExecutePaginationFunctions, INodeExecutionData, INodePropertyRouting } from 'n8n-workflow';
import { operationRouting } from './routing';

/**
 * Routing for an operation answered by the node itself, with no request to Topview (e.g. a model table
 * or a cost estimate that Topview publishes as data, not as an endpoint). RoutingNode hands the item to
 * `compute`, which never calls `makeRoutingRequest`, so nothing is sent.
 */
export function localRouting(
	compute: (this: IExecutePaginationFunctions) => Promise<INodeExecutionData[]>,
): INodePropertyRouting {
	return operationRouting('GET', '', async function (this: IExecutePaginationFunctions) {
		return await compute.call(this);
	});
}
