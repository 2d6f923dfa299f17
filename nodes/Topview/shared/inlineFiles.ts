import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { binarySource, uploadToTopview } from './uploader';

/** Which upload formats each kind of file field takes. */
export const fileKinds = {
	video: ['mp4', 'mov'],
	image: ['png', 'jpg', 'jpeg', 'bmp', 'webp'],
	audio: ['mp3', 'wav', 'm4a'],
} as const;

export type FileKind = keyof typeof fileKinds;

/**
 * While RoutingNode builds the body, a field fed from a binary file holds this marker
 * (`n8n-binary-upload:<kind>:<binary property>`), so validation sees it filled; `uploadInlineFiles`
 * then swaps it for the fileId of the uploaded file.
 */
const markerPrefix = 'n8n-binary-upload:';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** `videoFileId` → `video`: the stem of the parameters that feed a file field. */
const stemOf = (field: string) => field.replace(/FileId$/, '');

/** The display condition for the File ID parameter itself: shown while "File ID" is the input. */
export const whenFileIdInput = (field: string): Show => ({ [`${stemOf(field)}FileInput`]: ['fileId'] });

/**
 * Two parameters beside a file ID field (e.g. `videoFileId`): `<stem>FileInput` (File ID or Binary File)
 * and `<stem>BinaryPropertyName`, the input item's binary field to upload instead.
 */
export function fileInputFields(spec: { field: string; kind: FileKind; label: string; show: Show }): INodeProperties[] {
	const stem = stemOf(spec.field);
	const binaryParameter = `${stem}BinaryPropertyName`;
	return [
		{
			displayName: `${spec.label} Input`,
			name: `${stem}FileInput`,
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Binary File',
					value: 'binary',
					description: `Upload the ${spec.label.toLowerCase()} from a binary field of the input item (${fileKinds[spec.kind].join(', ')})`,
					routing: {
						send: {
							type: 'body',
							property: spec.field,
							value: `={{ "${markerPrefix}${spec.kind}:" + $parameter["${binaryParameter}"] }}`,
						},
					},
				},
				{
					name: 'File ID',
					value: 'fileId',
					description: 'Use the fileId of a file uploaded before (File → Upload)',
				},
			],
			default: 'fileId',
			displayOptions: { show: spec.show },
		},
		{
			displayName: 'Input Binary Field',
			name: binaryParameter,
			type: 'string',
			required: true,
			default: 'data',
			hint: `The name of the input binary field holding the ${spec.label.toLowerCase()}`,
			displayOptions: { show: { ...spec.show, [`${stem}FileInput`]: ['binary'] } },
		},
	];
}

function parseMarker(value: unknown): { kind: FileKind; property: string } | undefined {
	if (typeof value !== 'string' || !value.startsWith(markerPrefix)) return undefined;
	const rest = value.slice(markerPrefix.length);
	const colon = rest.indexOf(':');
	const kind = rest.slice(0, colon) as FileKind;
	return kind in fileKinds ? { kind, property: rest.slice(colon + 1) } : undefined;
}

/**
 * preSend step after validation: every body field holding a binary marker is uploaded and replaced by
 * its fileId. All binaries are checked (present, allowed format) before the first upload starts.
 */
export async function uploadInlineFiles(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = { ...((options.body ?? {}) as IDataObject) };
	const staged = Object.entries(body).flatMap(([field, value]) => {
		const marker = parseMarker(value);
		return marker ? [{ field, ...marker }] : [];
	});
	if (!staged.length) return options;
	const sources = await Promise.all(
		staged.map(async (entry) => ({ ...entry, source: await binarySource.call(this, entry.property, [...fileKinds[entry.kind]]) })),
	);
	for (const entry of sources) {
		body[entry.field] = (await uploadToTopview.call(this, entry.source)).fileId;
	}
	return { ...options, body };
}
