import { jsonObjectOf } from '../shared/envelope';

/**
 * What Topview POSTs to a task's `noticeUrl` when it ends. Unsigned: only `taskId` (and `bizType`, to
 * know where to query it) is used; everything emitted comes from querying the task.
 * https://docs.topview.ai/reference/post_notice-notice-url-check
 */
export interface CallbackPayload {
	uuid: string | null;
	bizType: string;
	taskId: string;
	status?: string;
	errorMsg?: string;
	result?: unknown;
}

export type ParsedCallback =
	| { ok: true; payload: CallbackPayload }
	| { ok: false; httpCode: 400 | 422; message: string };

const text = (value: unknown) =>
	typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

/** Reads a callback body (already parsed by n8n, or raw): 400 when it is not a JSON object, 422 without `taskId`. */
export function parseCallback(body: unknown, rawBody?: unknown): ParsedCallback {
	let object = jsonObjectOf(body);
	if ((!object || !Object.keys(object).length) && rawBody !== undefined) object = jsonObjectOf(rawBody) ?? object;
	if (!object) return { ok: false, httpCode: 400, message: 'The callback body is not a JSON object' };
	const taskId = text(object.taskId);
	if (!taskId) return { ok: false, httpCode: 422, message: 'The callback body has no taskId' };
	return {
		ok: true,
		payload: {
			uuid: text(object.uuid) || null,
			bizType: text(object.bizType),
			taskId,
			status: text(object.status) || undefined,
			errorMsg: text(object.errorMsg) || undefined,
			result: object.result,
		},
	};
}
