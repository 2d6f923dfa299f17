import {
	NodeOperationError,
	type IBinaryData,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type IPollFunctions,
	type IWebhookFunctions,
} from 'n8n-workflow';
import { topviewError } from './envelope';
import type { TaskFamily } from './families';
import { asNodeError, describeFailure } from './failure';
import { withRetry } from './retry';
import { cancelSignalOf } from './transport';

type DownloadContext = IExecuteSingleFunctions | IPollFunctions | IWebhookFunctions;
type BinaryInput = Parameters<IExecuteSingleFunctions['helpers']['prepareBinaryData']>[0];

const itemIndexOf = (context: DownloadContext) =>
	'getItemIndex' in context ? context.getItemIndex() : undefined;

/**
 * Downloads a result URL into n8n's binary store, streamed (never held whole in memory outside
 * memory mode). Result URLs are pre-signed storage links, so no Topview headers are sent.
 */
export async function downloadBinary(
	this: DownloadContext,
	url: string,
	file: { name: string; mimeType: string; taskId: string },
): Promise<IBinaryData> {
	try {
		const response = await withRetry(
			'read',
			async () =>
				(await this.helpers.httpRequest({
					method: 'GET',
					url,
					encoding: 'stream',
					returnFullResponse: true,
				})) as { body: BinaryInput; headers: Record<string, string | undefined> },
			cancelSignalOf(this),
		);
		const mimeType = response.headers['content-type']?.split(';')[0] || file.mimeType;
		return await this.helpers.prepareBinaryData(response.body, file.name, mimeType);
	} catch (error) {
		const failure = describeFailure(error);
		if (!failure) throw asNodeError(this.getNode(), error, itemIndexOf(this));
		throw topviewError(this.getNode(), {
			...failure,
			message: `downloading the result failed: ${failure.message}`,
			taskId: file.taskId,
			itemIndex: itemIndexOf(this),
			advice: 'The task itself succeeded; query it again for a fresh URL (result URLs expire after 7 days).',
		});
	}
}

/** Attaches the file named by the family's result URL field to the item as `binaryPropertyName`. */
export async function attachResultFile(
	this: DownloadContext,
	family: TaskFamily,
	item: INodeExecutionData,
	binaryPropertyName: string,
): Promise<INodeExecutionData> {
	if (!family.resultUrlField || !family.resultFile) return item;
	const candidates = [family.resultUrlField, ...(family.alternateResultUrlFields ?? [])];
	const field = candidates.find((name) => typeof item.json[name] === 'string' && item.json[name]) ?? family.resultUrlField;
	const url = item.json[field];
	const taskId = String(item.json.taskId ?? '');
	if (typeof url !== 'string' || !url) {
		throw new NodeOperationError(
			this.getNode(),
			`Task ${taskId} has no ${field} to download (status: ${String(item.json.status ?? 'unknown')})`,
			{ description: 'Download the result once the task status is success.', itemIndex: itemIndexOf(this) },
		);
	}
	const binary = await downloadBinary.call(this, url, {
		name: `${taskId}.${family.resultFile.extension}`,
		mimeType: family.resultFile.mimeType,
		taskId,
	});
	return { ...item, binary: { ...(item.binary ?? {}), [binaryPropertyName]: binary } };
}
