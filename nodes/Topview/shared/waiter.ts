import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { isSuccess, isTerminal, statusOf, type TaskFamily } from './families';
import { pause } from './pause';
import { cancelSignalOf, topviewRequest, type TopviewContext } from './transport';

export interface WaitSchedule {
	/** Pause between the submit and the first query. */
	firstCheckDelayMs: number;
	/** Pause after the first query; each later pause grows by `growth` up to `maxPollIntervalMs`. */
	pollIntervalMs: number;
	maxPollIntervalMs: number;
	growth: number;
	timeoutMs: number;
}

export const defaultWaitSchedule: WaitSchedule = {
	firstCheckDelayMs: 5_000,
	pollIntervalMs: 5_000,
	maxPollIntervalMs: 30_000,
	growth: 2,
	timeoutMs: 10 * 60_000,
};

/** The pause before query number `n` (0-based), following the schedule. */
export function pauseBeforeCheck(schedule: WaitSchedule, n: number): number {
	if (n === 0) return schedule.firstCheckDelayMs;
	const grown = schedule.pollIntervalMs * schedule.growth ** (n - 1);
	return Math.min(Math.max(schedule.pollIntervalMs, schedule.maxPollIntervalMs), grown);
}

function formatDuration(ms: number): string {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
	return `${Math.round(ms / 60_000)} min`;
}

export interface WaitRequest {
	family: TaskFamily;
	taskId: string;
	schedule: WaitSchedule;
	/** Extra query parameters, e.g. `needCloudFrontUrl`. */
	qs?: IDataObject;
	itemIndex?: number;
}

/**
 * Queries a task until it is terminal. Success returns the final query `result`; failure and timeout
 * throw errors that name the task ID. Never submits anything: a task that outlives the wait keeps running.
 */
export async function waitForTask(this: TopviewContext, request: WaitRequest): Promise<IDataObject> {
	const { family, taskId, schedule, itemIndex } = request;
	const started = Date.now();
	const signal = cancelSignalOf(this);
	for (let check = 0; ; check++) {
		const elapsed = Date.now() - started;
		const remaining = schedule.timeoutMs - elapsed;
		if (remaining <= 0) break;
		await pause(Math.min(pauseBeforeCheck(schedule, check), remaining), signal);
		const result = (await topviewRequest.call(this, {
			method: 'GET',
			path: family.queryPath,
			qs: { ...request.qs, taskId },
			taskId,
			itemIndex,
		})) as IDataObject | null;
		const status = statusOf(family, result);
		if (!isTerminal(status)) continue;
		const final = { ...(result ?? {}), taskId: (result?.taskId as string) ?? taskId };
		if (isSuccess(status)) return final;
		const reason = (result?.errorMsg as string) || (result?.errorMessage as string) || 'no reason given';
		throw new NodeOperationError(this.getNode(), `Topview ${family.label} task ${taskId} failed: ${reason}`, {
			description: 'Failed tasks are not charged. Fix the input named in the reason and submit again.',
			itemIndex,
		});
	}
	throw new NodeOperationError(
		this.getNode(),
		`Topview ${family.label} task ${taskId} did not finish within ${formatDuration(schedule.timeoutMs)}`,
		{
			description: `The task keeps running at Topview and was not submitted again. Use the Query operation with task ID ${taskId} later, raise "Timeout (Minutes)", or use a callback URL or the Topview Trigger for long renders.`,
			itemIndex,
		},
	);
}
