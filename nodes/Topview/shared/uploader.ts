import {
	NodeOperationError,
	type IBinaryData,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { runInSlot } from './limiter';
import { pause } from './pause';
import { cancelSignalOf, guardedCall, topviewRequest } from './transport';

/**
 * Formats Topview's upload credential accepts, as Topview's client uploads them:
 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/shared/upload.py
 */
export const uploadFormats = ['mp4', 'mov', 'png', 'jpg', 'jpeg', 'bmp', 'webp', 'mp3', 'wav', 'm4a'];

const formatByMimeType: Record<string, string> = {
	'video/mp4': 'mp4',
	'video/quicktime': 'mov',
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/jpg': 'jpg',
	'image/bmp': 'bmp',
	'image/webp': 'webp',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/mp4': 'm4a',
	'audio/x-m4a': 'm4a',
	'audio/m4a': 'm4a',
};

/**
 * How long to wait for `check` to confirm an upload. Topview documents no wait, and its official client
 * checks once (https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/shared/upload.py);
 * up to 10 checks 2 s apart give the storage time to settle (our choice).
 */
export const uploadCheckTiming = { checks: 10, intervalMs: 2_000 };

/** Concurrent uploads per execution and node: items upload in parallel, but not all at once. */
const uploadSlots = 4;

export interface UploadedFile extends IDataObject {
	fileId: string;
	fileName: string;
	format: string;
}

type Body = NonNullable<IHttpRequestOptions['body']>;

/** A file to upload: where its bytes come from, how big it is, and its Topview format. */
export interface UploadSource {
	format: string;
	size?: number;
	/** Opens the bytes; called again for a retried PUT. */
	open: () => Promise<Body>;
	label: string;
}

function extensionOf(name: string | undefined): string | undefined {
	const match = /\.([a-z0-9]+)$/i.exec(name ?? '');
	return match ? match[1].toLowerCase() : undefined;
}

/** The Topview format of a file from its name, else its MIME type; undefined when unknown. */
export function formatOf(fileName: string | undefined, mimeType: string | undefined): string | undefined {
	const fromName = extensionOf(fileName);
	if (fromName && uploadFormats.includes(fromName)) return fromName;
	const fromType = mimeType ? formatByMimeType[mimeType.split(';')[0].trim().toLowerCase()] : undefined;
	return fromType ?? fromName;
}

function assertFormat(
	context: IExecuteSingleFunctions,
	format: string | undefined,
	what: string,
	allowed: string[] = uploadFormats,
): string {
	if (format && allowed.includes(format)) return format;
	throw new NodeOperationError(
		context.getNode(),
		`${what} is ${format ? `a .${format} file` : 'of an unknown format'}, which Topview does not accept here`,
		{
			itemIndex: context.getItemIndex(),
			description: `Allowed formats: ${allowed.join(', ')}. Convert the file, or fix its file name or MIME type. Nothing was uploaded.`,
		},
	);
}

/**
 * Reads an input item's binary property as an upload source, without loading it: files in n8n's
 * filesystem or S3 binary store are streamed; only memory-mode data is a buffer already.
 */
export async function binarySource(
	this: IExecuteSingleFunctions,
	propertyName: string,
	allowed?: string[],
): Promise<UploadSource> {
	const binary: IBinaryData = this.helpers.assertBinaryData(propertyName);
	const label = `Binary field "${propertyName}"${binary.fileName ? ` (${binary.fileName})` : ''}`;
	const format = assertFormat(this, formatOf(binary.fileName, binary.mimeType), label, allowed);
	if (binary.id) {
		const { fileSize } = await this.helpers.getBinaryMetadata(binary.id);
		const id = binary.id;
		return { format, size: fileSize, label, open: async () => (await this.helpers.getBinaryStream(id)) as Body };
	}
	const buffer = await this.helpers.getBinaryDataBuffer(propertyName);
	return { format, size: buffer.length, label, open: async () => buffer };
}

/** Downloads a public URL as an upload source; streamed when the server states the size. */
export async function urlSource(this: IExecuteSingleFunctions, url: string, allowed?: string[]): Promise<UploadSource> {
	if (!/^https?:\/\//i.test(url)) {
		throw new NodeOperationError(this.getNode(), `File URL must be an absolute http(s) URL, not "${url}"`, {
			itemIndex: this.getItemIndex(),
		});
	}
	const pathName = new URL(url).pathname;
	const fetchOnce = async () =>
		(await this.helpers.httpRequest({ method: 'GET', url, encoding: 'stream', returnFullResponse: true })) as {
			body: Body;
			headers: Record<string, string | undefined>;
		};
	const first = await guardedCall(this, 'read', { itemIndex: this.getItemIndex() }, fetchOnce, {
		describe: (message) => `downloading ${url} failed: ${message}`,
	});
	const label = `The file at ${url}`;
	const format = assertFormat(this, formatOf(pathName, first.headers['content-type']), label, allowed);
	const length = Number(first.headers['content-length']);
	if (Number.isFinite(length) && length > 0) {
		let fresh: Body | undefined = first.body;
		return {
			format,
			size: length,
			label,
			open: async () => {
				const body = fresh ?? (await fetchOnce()).body;
				fresh = undefined;
				return body;
			},
		};
	}
	// Pre-signed storage PUTs need a Content-Length; a server that does not send one is read first.
	const buffer = await this.helpers.binaryToBuffer(first.body as Parameters<typeof this.helpers.binaryToBuffer>[0]);
	return { format, size: buffer.length, label, open: async () => buffer };
}

/**
 * Topview's three-step upload: credential (fileId + pre-signed URL) → PUT the bytes to that URL
 * without Topview headers → check until Topview sees the file. Returns what Submit needs.
 */
export async function uploadToTopview(this: IExecuteSingleFunctions, source: UploadSource): Promise<UploadedFile> {
	const slotKey = `${this.getExecutionId()}:${this.getNode().id ?? this.getNode().name}:uploads`;
	return await runInSlot(slotKey, uploadSlots, async () => {
		const itemIndex = this.getItemIndex();
		const credential = (await topviewRequest.call(this, {
			method: 'GET',
			path: '/v1/upload/credential',
			qs: { format: source.format },
			itemIndex,
		})) as IDataObject | null;
		const fileId = String(credential?.fileId ?? '');
		const uploadUrl = String(credential?.uploadUrl ?? '');
		if (!fileId || !uploadUrl) {
			throw new NodeOperationError(this.getNode(), 'Topview gave no fileId or uploadUrl for the upload', { itemIndex });
		}
		await putBytes.call(this, uploadUrl, source, fileId);
		await confirmUpload.call(this, fileId);
		return {
			fileId,
			fileName: String(credential?.fileName ?? ''),
			format: String(credential?.format ?? source.format),
		};
	});
}

async function putBytes(this: IExecuteSingleFunctions, uploadUrl: string, source: UploadSource, fileId: string) {
	const headers: IDataObject = {};
	if (source.size !== undefined) headers['Content-Length'] = String(source.size);
	await guardedCall(
		this,
		'read',
		{ itemIndex: this.getItemIndex() },
		async () =>
			await this.helpers.httpRequest({
				method: 'PUT',
				url: uploadUrl,
				body: await source.open(),
				headers,
				// The storage answers with an empty body or XML, never Topview's envelope.
				json: false,
				// Following redirects makes the HTTP client keep a copy of the whole body to replay it;
				// a pre-signed URL never redirects, so the file streams through without being held.
				disableFollowRedirect: true,
			}),
		{ describe: (message) => `uploading ${source.label} (fileId ${fileId}) failed: ${message}` },
	);
}

async function confirmUpload(this: IExecuteSingleFunctions, fileId: string) {
	for (let check = 1; check <= uploadCheckTiming.checks; check++) {
		const done = await topviewRequest.call(this, {
			method: 'GET',
			path: '/v1/upload/check',
			qs: { fileId },
			itemIndex: this.getItemIndex(),
		});
		if (done === true || done === 'true') return;
		if (check < uploadCheckTiming.checks) {
			await pause(uploadCheckTiming.intervalMs, cancelSignalOf(this));
		}
	}
	throw new NodeOperationError(this.getNode(), `Topview did not confirm upload ${fileId}`, {
		itemIndex: this.getItemIndex(),
		description: `The file was sent but "check" stayed false after ${uploadCheckTiming.checks} tries. Try again later, or check the file's size and format.`,
	});
}
