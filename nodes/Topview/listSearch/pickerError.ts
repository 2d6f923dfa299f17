import { NodeOperationError, type INode } from 'n8n-workflow';
import { failureOf } from '../shared/envelope';

/** The readable error of a picker or dropdown whose Topview request failed. */
export function pickerError(node: INode, error: unknown): NodeOperationError {
	const failure = failureOf(error);
	const message = failure
		? `Could not load the list from Topview: ${failure.code} ${failure.message}`
		: 'Could not load the list from Topview';
	return new NodeOperationError(node, message, {
		description: 'Check the Topview credential (UID, API key and Base URL), or switch the field to "ID" or an expression and enter the value.',
	});
}
