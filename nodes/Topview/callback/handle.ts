import type { INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { attachResultFile } from '../shared/download';
import { finishedEventOf, isSuccess } from '../shared/families';
import { settingsOf } from './description';
import { confirmTask } from './confirm';
import { withCredentialsLoadedOnce } from './credentialsOnce';
import { claimTask, type TaskClaim } from './memory';
import { parseCallback } from './payload';
import { acknowledgement, refuse, reply } from './respond';

const unclaimed: TaskClaim = { commit: () => undefined, release: () => undefined };

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function headerOf(context: IWebhookFunctions, name: string): string {
	const value = context.getHeaderData()[name];
	return (Array.isArray(value) ? value[0] : (value ?? '')).toString().trim();
}

/**
 * One callback: check body and sender, confirm the task with Topview, acknowledge as Topview asks,
 * and emit the queried task once. Every answer other than the acknowledgement is non-2xx and starts nothing.
 */
export async function handleCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const node = this.getNode();
	const parsed = parseCallback(this.getBodyData(), (this.getRequestObject() as { rawBody?: unknown }).rawBody);
	if (!parsed.ok) return refuse.call(this, parsed.httpCode, parsed.message);
	const { payload } = parsed;
	const { taskId, bizType } = payload;

	const context = withCredentialsLoadedOnce(this);
	const credentials = await context.getCredentials('topviewApi');
	const uid = String(credentials.uid ?? '').trim();
	if (!uid || headerOf(this, 'topview-uid') !== uid) {
		this.logger.warn(`Topview Callback Trigger "${node.name}": refused a callback for task ${taskId} whose Topview-Uid is not the credential's`);
		return refuse.call(this, 401, `Topview-Uid does not match the account of this trigger's credential (task ${taskId})`);
	}
	const ack = acknowledgement(payload.uuid, uid);
	const settings = settingsOf(this);
	if (!settings.accepts(bizType)) return reply.call(this, 200, ack);

	// "Listen for test event" emits every call; only the active workflow remembers what it emitted.
	const claim =
		this.getMode() === 'manual'
			? unclaimed
			: await claimTask(`${this.getWorkflow().id ?? ''}:${node.id ?? node.name}`, taskId, this.getWorkflowStaticData('node'));
	if (!claim) return reply.call(this, 200, ack);

	try {
		const confirmation = await confirmTask.call(context, bizType, taskId);
		if (confirmation.kind === 'unknown') {
			claim.release();
			this.logger.warn(`Topview Callback Trigger "${node.name}": Topview does not know task ${taskId} (4004); nothing emitted`);
			return refuse.call(this, 404, `Topview does not know task ${taskId} on this account (4004)`);
		}
		if (confirmation.kind === 'pending') {
			claim.release();
			return refuse.call(
				this,
				503,
				`Task ${taskId} is still ${confirmation.status || 'unfinished'} at Topview; call again when it has finished`,
			);
		}
		const { family, result, status } = confirmation;
		if (!settings.wanted(status)) {
			claim.commit();
			return reply.call(this, 200, ack);
		}
		let item: INodeExecutionData = {
			json: { ...result, taskId, status, bizType, event: finishedEventOf(family) },
		};
		if (settings.download && isSuccess(status)) {
			item = await attachResultFile.call(context, family, item, settings.download.binaryPropertyName);
		}
		claim.commit();
		return reply.call(this, 200, ack, [[item]]);
	} catch (error) {
		claim.release();
		this.logger.warn(`Topview Callback Trigger "${node.name}": could not confirm task ${taskId}: ${messageOf(error)}`);
		return refuse.call(this, 502, `Could not confirm task ${taskId} with Topview: ${messageOf(error)}`);
	}
}
