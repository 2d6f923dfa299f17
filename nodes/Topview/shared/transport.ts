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

export const defaultBaseUrl = 'https://api.topview.ai';

export interface TopviewCall {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** Default `read` for GET, `submit` otherwise. */
	kind?: CallKind;
	/** Named in every error about this call. */
	taskId?: string;
	itemIndex?: number;
	/** Aborts the request and stops retrying; retries stop on the execution's cancel signal otherwise. */
	signal?: AbortSignal;
}

export function normalizeBaseUrl(value: unknown): string {
	const text = typeof value === 'string' && value.trim() ? value.trim() : defaultBaseUrl;
	return text.replace(/\/+$/, '');
}

export function cancelSignalOf(context: TopviewContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

/** One authenticated Topview call: envelope checked, `result` returned, retried as its kind allows. */
export async function topviewRequest(this: TopviewContext, call: TopviewCall): Promise<unknown> {
	const credentials = await this.getCredentials('topviewApi');
	const options: IHttpRequestOptions = {
		method: call.method,
		url: `${normalizeBaseUrl(credentials.baseUrl)}${call.path}`,
		json: true,
	};
	if (call.qs && Object.keys(call.qs).length) options.qs = call.qs;
	if (call.body) options.body = call.body;
	if (call.signal) options.abortSignal = call.signal;
	const kind = call.kind ?? (call.method === 'GET' ? 'read' : 'submit');
	const context = { taskId: call.taskId, itemIndex: call.itemIndex };
	const node = this.getNode();
	try {
		return await withRetry(
			kind,
			async () => {
				const body = await this.helpers.httpRequestWithAuthentication.call(this, 'topviewApi', {
					...options,
				});
				return unwrapEnvelope(node, body, context);
			},
			call.signal ?? cancelSignalOf(this),
		);
	} catch (error) {
		const failure = describeFailure(error);
		if (!failure) throw asNodeError(node, error, call.itemIndex);
		const advice = adviceAfter(failure, kind);
		throw topviewError(node, { ...failure, ...definedOnly(context), ...(advice ? { advice } : {}) });
	}
}

function definedOnly<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
