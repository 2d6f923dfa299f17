import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';
import { failureOf, isSuccessCode, parseEnvelope, type TopviewFailure } from './envelope';

interface HttpErrorLike {
	code?: string;
	message?: string;
	response?: { status?: number; data?: unknown };
}

/**
 * Reads what went wrong from any error a Topview call can throw: our own envelope error,
 * n8n's wrapped HTTP error, or a bare network error. Returns undefined for errors that are
 * not about the call (e.g. a NodeOperationError from validation), which callers re-throw as they are.
 */
export function describeFailure(error: unknown): TopviewFailure | undefined {
	const known = failureOf(error);
	if (known) return { ...known };
	if (error instanceof NodeOperationError) return undefined;
	const raw = (error instanceof NodeApiError && error.cause ? error.cause : error) as HttpErrorLike;
	if (raw === null || typeof raw !== 'object') return undefined;
	const response = raw.response;
	if (response && typeof response.status === 'number') {
		const envelope = parseEnvelope(response.data);
		if (envelope && !isSuccessCode(envelope.code)) {
			return { code: String(envelope.code), message: envelope.message || 'no message', source: 'body' };
		}
		return {
			code: String(response.status),
			message: `HTTP ${response.status}${bodySnippet(response.data)}`,
			source: 'http',
		};
	}
	const code = typeof raw.code === 'string' ? raw.code : undefined;
	if (code || error instanceof NodeApiError) {
		return { code: code ?? 'NETWORK', message: raw.message || 'the connection failed', source: 'network' };
	}
	return undefined;
}

function bodySnippet(data: unknown): string {
	let text = '';
	if (Buffer.isBuffer(data)) text = data.toString('utf8');
	else if (typeof data === 'string') text = data;
	else if (data !== undefined && data !== null && typeof (data as { pipe?: unknown }).pipe !== 'function') {
		text = JSON.stringify(data);
	}
	text = text.replace(/\s+/g, ' ').trim();
	return text ? `: ${text.slice(0, 200)}` : '';
}

/** The error to throw for anything caught around a Topview call: n8n errors as they are, others wrapped. */
export function asNodeError(node: INode, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error instanceof Error ? error : String(error), { itemIndex });
}
