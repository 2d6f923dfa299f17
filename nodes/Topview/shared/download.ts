import {
	NodeOperationError,
	type IBinaryData,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';
import { topviewError } from './envelope';
import { isSuccess, type TaskFamily } from './families';
import { asNodeError, describeFailure } from './failure';
import { withRetry } from './retry';
import { cancelSignalOf } from './transport';

type DownloadContext = IExecuteSingleFunctions | IPollFunctions;
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

/** The extension in a URL's path (e.g. `png` of `…/a.png?X-Amz-…`), if it has a short one. */
function extensionOf(url: string): string | undefined {
	try {
		return /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
	} catch {
		return undefined;
	}
}

/**
 * Attaches every finished file of a family whose result lists several (`resultListField`): entry `i`
 * becomes `<binaryPropertyName>_<i>`. Entries that did not succeed are skipped; none to download fails.
 */
async function attachResultFiles(
	this: DownloadContext,
	family: TaskFamily,
	item: INodeExecutionData,
	binaryPropertyName: string,
): Promise<INodeExecutionData> {
	const listField = family.resultListField as string;
	const urlField = family.resultListUrlField as string;
	const file = family.resultFile as { extension: string; mimeType: string };
	const taskId = String(item.json.taskId ?? '');
	const entries = Array.isArray(item.json[listField]) ? (item.json[listField] as unknown[]) : [];
	const files = entries
		.map((entry, index) => ({ entry: (entry ?? {}) as Record<string, unknown>, index }))
		.filter(({ entry }) => typeof entry[urlField] === 'string' && entry[urlField] && (entry.status === undefined || isSuccess(entry.status)));
	if (!files.length) {
		throw new NodeOperationError(
			this.getNode(),
			`Task ${taskId} has no finished ${listField} to download (status: ${String(item.json.status ?? 'unknown')})`,
			{ description: 'Download the result once the task status is success.', itemIndex: itemIndexOf(this) },
		);
	}
	const binary = { ...(item.binary ?? {}) };
	for (const { entry, index } of files) {
		const url = entry[urlField] as string;
		binary[`${binaryPropertyName}_${index}`] = await downloadBinary.call(this, url, {
			name: `${taskId}_${index}.${extensionOf(url) ?? file.extension}`,
			mimeType: file.mimeType,
			taskId,
		});
	}
	return { ...item, binary };
}

/**
 * Attaches the file named by the family's result URL field to the item as `binaryPropertyName`, or,
 * for families whose result lists several files, each of them (see `attachResultFiles`).
 */
export async function attachResultFile(
	this: DownloadContext,
	family: TaskFamily,
	item: INodeExecutionData,
	binaryPropertyName: string,
): Promise<INodeExecutionData> {
	if (family.resultListField && family.resultListUrlField && family.resultFile) {
		return await attachResultFiles.call(this, family, item, binaryPropertyName);
	}
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
