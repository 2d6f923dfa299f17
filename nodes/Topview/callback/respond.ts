import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * The answer Topview expects from a callback receiver that took the notice.
 * https://docs.topview.ai/reference/post_notice-notice-url-check
 */
export function acknowledgement(uuid: string | null, topviewUid: string): IDataObject {
	return { code: '200', message: 'Success', result: { uuid, topviewUid, result: 'success' } };
}

/** Sends `body` with `httpCode` at once; the workflow starts only if `workflowData` is given. */
export function reply(
	this: IWebhookFunctions,
	httpCode: number,
	body: IDataObject,
	workflowData?: IWebhookResponseData['workflowData'],
): IWebhookResponseData {
	this.getResponseObject().status(httpCode).json(body);
	return workflowData ? { noWebhookResponse: true, workflowData } : { noWebhookResponse: true };
}

/** A callback not taken: a non-2xx answer in Topview's envelope, nothing emitted. */
export function refuse(this: IWebhookFunctions, httpCode: number, message: string): IWebhookResponseData {
	return reply.call(this, httpCode, { code: String(httpCode), message, result: null });
}
