import { NodeApiError, type IDataObject, type INode, type INodeExecutionData, type JsonObject } from 'n8n-workflow';
import { hintFor } from './errorHints';

export interface TopviewEnvelope {
	code?: string | number;
	message?: string;
	result?: unknown;
}

/** What is known about a failed Topview call; becomes the one error type users see. */
export interface TopviewFailure {
	/** Topview's body code (e.g. "4100"), an HTTP status (e.g. "503") or a network code (e.g. "ECONNRESET"). */
	code: string;
	message: string;
	/** Where the failure came from; decides what may be retried. */
	source: 'body' | 'http' | 'network';
	taskId?: string;
	itemIndex?: number;
	/** Extra sentence put before the hint, e.g. what to do after a lost submit. */
	advice?: string;
}

const networkHint =
	'The connection to Topview failed. Check the network and the Base URL of the credential; safe requests were already retried.';

const failures = new WeakMap<NodeApiError, TopviewFailure>();

export function isSuccessCode(code: unknown): boolean {
	return String(code) === '200';
}

/** Builds the error for a failed Topview call: Topview's code and message, a hint, the task ID, never a secret. */
export function topviewError(node: INode, failure: TopviewFailure): NodeApiError {
	const task = failure.taskId ? ` (task ${failure.taskId})` : '';
	const label = failure.source === 'body' ? `Topview error ${failure.code}` : `Topview request failed (${failure.code})`;
	const hint = failure.source === 'network' ? networkHint : hintFor(failure.code);
	const description = [failure.advice, hint].filter(Boolean).join(' ') || undefined;
	const message = `${label}: ${failure.message}${task}`;
	const error = new NodeApiError(
		node,
		{ code: failure.code, message: failure.message, ...(failure.taskId ? { taskId: failure.taskId } : {}) } as JsonObject,
		{ message, description, httpCode: failure.code, itemIndex: failure.itemIndex },
	);
	// NodeApiError swaps messages of well-known codes (e.g. ECONNRESET) for generic text without the task ID.
	error.message = message;
	failures.set(error, failure);
	return error;
}

export function failureOf(error: unknown): TopviewFailure | undefined {
	return error instanceof NodeApiError ? failures.get(error) : undefined;
}

/** Returns `result` of a successful envelope, or throws the Topview error for any other body. */
export function unwrapEnvelope(
	node: INode,
	body: unknown,
	context: { taskId?: string; itemIndex?: number } = {},
): unknown {
	const envelope = parseEnvelope(body);
	if (envelope === undefined) {
		throw topviewError(node, {
			code: 'INVALID_RESPONSE',
			message: 'Topview answered with something that is not a JSON envelope',
			source: 'http',
			advice: 'Check the Base URL of the Topview credential.',
			...context,
		});
	}
	if (!isSuccessCode(envelope.code)) {
		throw topviewError(node, {
			code: String(envelope.code ?? 'unknown'),
			message: envelope.message || 'no message',
			source: 'body',
			...context,
		});
	}
	return envelope.result;
}

/** A body (object, JSON text or buffer) as a JSON object, if it is one. */
export function jsonObjectOf(body: unknown): IDataObject | undefined {
	let value = body;
	if (Buffer.isBuffer(value)) value = value.toString('utf8');
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
}

/** Reads a body (object, JSON text or buffer) as Topview's `{ code, message, result }` envelope, if it is one. */
export function parseEnvelope(body: unknown): TopviewEnvelope | undefined {
	const value = jsonObjectOf(body);
	return value && 'code' in value ? (value as TopviewEnvelope) : undefined;
}

/** Turns a `result` into output items: arrays become one item each, scalars are wrapped. */
export function resultToItems(result: unknown, key = 'result'): INodeExecutionData[] {
	if (Array.isArray(result)) {
		return result.map((entry) => ({ json: isObject(entry) ? entry : { [key]: entry } }));
	}
	if (isObject(result)) return [{ json: result }];
	return [{ json: { [key]: (result ?? null) as IDataObject[string] } }];
}

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
