import { NodeOperationError, type IDataObject, type IWebhookFunctions } from 'n8n-workflow';
import { failureOf } from '../shared/envelope';
import { asNodeError } from '../shared/failure';
import { isTerminal, statusOf, type TaskFamily } from '../shared/families';
import { pause } from '../shared/pause';
import { topviewRequest } from '../shared/transport';
import { queryCandidates } from './bizTypes';

/**
 * How long a callback may take to confirm. Topview calls back when a task ends, so a task not yet
 * terminal at its query endpoint is queried again briefly before the callback is answered "try later".
 */
export const confirmTiming = {
	requeryDelaysMs: [1_000, 2_000],
	/** The whole confirmation, retries of transient errors included. */
	deadlineMs: 20_000,
};

export type Confirmation =
	| { kind: 'terminal'; family: TaskFamily; result: IDataObject; status: string }
	| { kind: 'pending'; family: TaskFamily; status: string }
	| { kind: 'unknown' };

async function query(
	this: IWebhookFunctions,
	family: TaskFamily,
	taskId: string,
	signal: AbortSignal,
): Promise<IDataObject | undefined> {
	try {
		const result = await topviewRequest.call(this, {
			method: 'GET',
			path: family.queryPath,
			qs: { taskId },
			taskId,
			signal,
		});
		return (result ?? {}) as IDataObject;
	} catch (error) {
		if (failureOf(error)?.code === '4004') return undefined;
		throw asNodeError(this.getNode(), error);
	}
}

/**
 * Asks Topview about the task a callback names, on the query path of the callback's `bizType`
 * (trying the next candidate while Topview answers 4004). Never trusts the posted status or result.
 * Other failures (auth, network beyond the shared retries) are thrown.
 */
export async function confirmTask(this: IWebhookFunctions, bizType: string, taskId: string): Promise<Confirmation> {
	const deadlineMs = confirmTiming.deadlineMs;
	const signal = AbortSignal.timeout(deadlineMs);
	try {
		return await confirmBefore.call(this, bizType, taskId, signal);
	} catch (error) {
		if (!signal.aborted) throw asNodeError(this.getNode(), error);
		throw new NodeOperationError(this.getNode(), `Topview did not confirm task ${taskId} within ${Math.round(deadlineMs / 1000)} s`);
	}
}

async function confirmBefore(
	this: IWebhookFunctions,
	bizType: string,
	taskId: string,
	signal: AbortSignal,
): Promise<Confirmation> {
	for (const family of queryCandidates(bizType)) {
		let result = await query.call(this, family, taskId, signal);
		if (!result) continue;
		for (const delay of confirmTiming.requeryDelaysMs) {
			if (isTerminal(statusOf(family, result))) break;
			await pause(delay, signal);
			result = (await query.call(this, family, taskId, signal)) ?? result;
		}
		const status = statusOf(family, result);
		if (!isTerminal(status)) return { kind: 'pending', family, status };
		return { kind: 'terminal', family, result, status };
	}
	return { kind: 'unknown' };
}
