import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { binarySource, uploadToTopview } from './uploader';

interface FileKindRule {
	formats: string[];
	/** Largest file Topview takes for this field, checked before the upload. */
	maxBytes?: number;
}

/** What each kind of file field takes. */
export const fileKinds = {
	video: { formats: ['mp4', 'mov'] },
	image: { formats: ['png', 'jpg', 'jpeg', 'bmp', 'webp'] },
	audio: { formats: ['mp3', 'wav', 'm4a'] },
	/** A voice clone recording: mp3 or wav under 10 MB (topview-api.md §10). */
	voiceSample: { formats: ['mp3', 'wav'], maxBytes: 10 * 1024 * 1024 },
} satisfies Record<string, FileKindRule>;

export type FileKind = keyof typeof fileKinds;

/**
 * While RoutingNode builds the body, a field fed from a binary file holds this marker
 * (`n8n-binary-upload:<kind>:<binary property>`), so validation sees it filled; `uploadInlineFiles`
 * then swaps it for the fileId of the uploaded file.
 */
const markerPrefix = 'n8n-binary-upload:';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** `videoFileId` → `video`: the stem of the parameters that feed a file field, unless one is given. */
const stemOf = (field: string, stem?: string) => stem ?? field.replace(/FileId$/, '');

/** Display options of the File ID parameter itself: shown where `show` holds and "File ID" is the input. */
const fileIdDisplay = (show: Show, field: string, stem?: string) => ({
	show: { ...show, [`${stemOf(field, stem)}FileInput`]: ['fileId'] },
});

/**
 * Two parameters beside a file ID field (e.g. `videoFileId`): `<stem>FileInput` (File ID or Binary File)
 * and `<stem>BinaryPropertyName`, the input item's binary field to upload instead. The stem is the field
 * name without `FileId`, or `stem` for a field not named that way (e.g. `fileId`).
 */
function fileInputFields(spec: {
	field: string;
	kind: FileKind;
	label: string;
	show: Show;
	stem?: string;
}): INodeProperties[] {
	const stem = stemOf(spec.field, spec.stem);
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
					description: `Upload the ${spec.label.toLowerCase()} from a binary field of the input item (${fileKinds[spec.kind].formats.join(', ')})`,
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

/**
 * A file parameter as users see it: the File ID or Binary File choice, the input binary field, and the
 * File ID itself (sent as `field`). The one way every operation takes a file.
 */
export function fileField(spec: {
	field: string;
	kind: FileKind;
	label: string;
	show: Show;
	stem?: string;
	required?: boolean;
	placeholder: string;
	description: string;
}): INodeProperties[] {
	return [
		...fileInputFields(spec),
		{
			displayName: `${spec.label} File ID`,
			name: spec.field,
			type: 'string',
			...(spec.required ? { required: true } : {}),
			default: '',
			placeholder: spec.placeholder,
			description: spec.description,
			displayOptions: fileIdDisplay(spec.show, spec.field, spec.stem),
			routing: { send: { type: 'body', property: spec.field } },
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

/** The marker a body field holds while its file comes from the input item's binary `property`. */
export function binaryMarker(kind: FileKind, property: string): string {
	return `${markerPrefix}${kind}:${property}`;
}

type BodyPath = Array<string | number>;

/** Every marker in the body: top-level fields, array entries, and fields of objects in arrays (e.g. `inputImages[0].fileId`). */
function findMarkers(value: unknown, path: BodyPath = []): Array<{ path: BodyPath; kind: FileKind; property: string }> {
	const marker = parseMarker(value);
	if (marker) return [{ path, ...marker }];
	if (path.length >= 3 || value === null || typeof value !== 'object') return [];
	const entries: Array<[string | number, unknown]> = Array.isArray(value)
		? value.map((entry, index) => [index, entry])
		: Object.entries(value as IDataObject);
	return entries.flatMap(([key, entry]) => findMarkers(entry, [...path, key]));
}

/** A copy of `body` with the value at `path` replaced (copying only along the path). */
function setAt(body: unknown, path: BodyPath, value: unknown): unknown {
	if (!path.length) return value;
	const [key, ...rest] = path;
	const copy = (Array.isArray(body) ? [...body] : { ...(body as IDataObject) }) as Record<string | number, unknown>;
	copy[key] = setAt(copy[key], rest, value);
	return copy;
}

/**
 * preSend step after validation: every body field holding a binary marker (also inside a list, e.g. a
 * list of reference images) is uploaded and replaced by its fileId. All binaries are checked (present,
 * allowed format) before the first upload starts.
 */
export async function uploadInlineFiles(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	let body = { ...((options.body ?? {}) as IDataObject) };
	const staged = findMarkers(body).map(({ path, ...marker }) => ({ field: String(path.join('.')), path, ...marker }));
	if (!staged.length) return options;
	const sources = await Promise.all(
		staged.map(async (entry) => {
			const rule: FileKindRule = fileKinds[entry.kind];
			const source = await binarySource.call(this, entry.property, rule.formats);
			if (rule.maxBytes !== undefined && source.size !== undefined && source.size >= rule.maxBytes) {
				throw new NodeOperationError(
					this.getNode(),
					`${source.label} is ${(source.size / 1024 / 1024).toFixed(1)} MB; Topview takes less than ${rule.maxBytes / 1024 / 1024} MB here`,
					{ itemIndex: this.getItemIndex(), description: 'Use a shorter or compressed file. Nothing was uploaded.' },
				);
			}
			return { ...entry, source };
		}),
	);
	for (const entry of sources) {
		body = setAt(body, entry.path, (await uploadToTopview.call(this, entry.source)).fileId) as IDataObject;
	}
	return { ...options, body };
}
