import {
	NodeOperationError,
	type IBinaryData,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type IPollFunctions,
	type IWebhookFunctions,
} from 'n8n-workflow';
import { hasFileList, resultFilesOf, statusOf, type ResultFiles } from './families';
import { guardedCall } from './transport';

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
	const itemIndex = itemIndexOf(this);
	const response = await guardedCall(
		this,
		'read',
		{ taskId: file.taskId, itemIndex },
		async () =>
			(await this.helpers.httpRequest({
				method: 'GET',
				url,
				encoding: 'stream',
				returnFullResponse: true,
			})) as { body: BinaryInput; headers: Record<string, string | undefined> },
		{
			describe: (message) => `downloading the result failed: ${message}`,
			advice: 'The task itself succeeded; query it again for a fresh URL (result URLs expire after 7 days).',
		},
	);
	const mimeType = response.headers['content-type']?.split(';')[0] || file.mimeType;
	return await this.helpers.prepareBinaryData(response.body, file.name, mimeType);
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
 * Attaches a finished task's files to the item: one file as `binaryPropertyName`; a family whose files
 * come as a list (one per image, language …) as `<binaryPropertyName>_0`, `_1`, … in the list's order.
 */
export async function attachResultFile(
	this: DownloadContext,
	family: ResultFiles,
	item: INodeExecutionData,
	binaryPropertyName: string,
): Promise<INodeExecutionData> {
	if (!family.resultUrls?.length || !family.resultFile) return item;
	const files = resultFilesOf(family, item.json);
	const taskId = String(item.json.taskId ?? '');
	if (!files.length) {
		throw new NodeOperationError(
			this.getNode(),
			`Task ${taskId} has no ${family.resultUrls.join(' or ')} to download (status: ${statusOf(family, item.json) || 'unknown'})`,
			{ description: 'Download the result once the task status is success.', itemIndex: itemIndexOf(this) },
		);
	}
	const { mimeType } = family.resultFile;
	const list = hasFileList(family);
	const downloaded = await Promise.all(
		files.map(async ({ url, index }) => {
			const extension = extensionOf(url) ?? family.resultFile?.extension;
			const name = list ? `${taskId}_${index}.${extension}` : `${taskId}.${extension}`;
			return [list ? `${binaryPropertyName}_${index}` : binaryPropertyName, await downloadBinary.call(this, url, { name, mimeType, taskId })] as const;
		}),
	);
	const named = Object.fromEntries(list ? downloaded : downloaded.slice(0, 1));
	return { ...item, binary: { ...(item.binary ?? {}), ...named } };
}
