import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { normalizeBaseUrl } from './baseUrl';
import { topviewError, unwrapEnvelope } from './envelope';
import { asNodeError, describeFailure } from './failure';
import { adviceAfter, withRetry, type CallKind } from './retry';

export type TopviewContext =
	| IExecuteSingleFunctions
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export function cancelSignalOf(context: TopviewContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

/** What every error about a call names: the task it concerns and the input item. */
export interface CallSubject {
	taskId?: string;
	itemIndex?: number;
}

export interface TopviewCall extends CallSubject {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** Default `read` for GET, `submit` otherwise. */
	kind?: CallKind;
	/** Aborts the request and stops retrying; retries stop on the execution's cancel signal otherwise. */
	signal?: AbortSignal;
}

/** How a failed call that is not to Topview's API (a storage upload or download) is reported. */
export interface OutsideCallReport {
	/** Puts the failure in context, e.g. `message => "downloading the result failed: " + message`. */
	describe: (message: string) => string;
	/** What to do next, when the failure leaves something the user should know. */
	advice?: string;
}

/**
 * The one guard around every HTTP call the nodes make: `attempt` is repeated as `kind` allows
 * (retry.ts), and whatever finally fails becomes one NodeApiError naming the task and item, never a secret.
 */
export async function guardedCall<T>(
	context: TopviewContext,
	kind: CallKind,
	subject: CallSubject & { signal?: AbortSignal },
	attempt: () => Promise<T>,
	report?: OutsideCallReport,
): Promise<T> {
	const node = context.getNode();
	try {
		return await withRetry(kind, attempt, subject.signal ?? cancelSignalOf(context));
	} catch (error) {
		const failure = describeFailure(error);
		if (!failure) throw asNodeError(node, error, subject.itemIndex);
		const advice = report?.advice ?? adviceAfter(failure, kind);
		throw topviewError(node, {
			...failure,
			...(report ? { message: report.describe(failure.message) } : {}),
			...(subject.taskId ? { taskId: subject.taskId } : {}),
			...(subject.itemIndex !== undefined ? { itemIndex: subject.itemIndex } : {}),
			...(advice ? { advice } : {}),
		});
	}
}

/**
 * One authenticated call to Topview's API: the envelope is checked and its `result` returned. Routed
 * operations, the waiter, uploads, look-ups, both triggers and the callback confirmation all send this way.
 */
export async function topviewRequest(this: TopviewContext, call: TopviewCall): Promise<unknown> {
	const credentials = await this.getCredentials('topviewApi');
	const options: IHttpRequestOptions = {
		method: call.method,
		url: `${normalizeBaseUrl(credentials.baseUrl)}${call.path}`,
		json: true,
	};
	if (call.qs && Object.keys(call.qs).length) options.qs = call.qs;
	if (call.body && (call.method !== 'GET' || Object.keys(call.body).length)) options.body = call.body;
	if (call.signal) options.abortSignal = call.signal;
	const kind = call.kind ?? (call.method === 'GET' ? 'read' : 'submit');
	const node = this.getNode();
	const subject = { taskId: call.taskId, itemIndex: call.itemIndex };
	return await guardedCall(this, kind, { ...subject, signal: call.signal }, async () => {
		const body = await this.helpers.httpRequestWithAuthentication.call(this, 'topviewApi', { ...options });
		return unwrapEnvelope(node, body, subject);
	});
}
