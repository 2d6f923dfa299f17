import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { z, type ZodTypeAny } from 'zod';
import { fieldOf, type Field } from './fields';
import { binarySource, uploadToTopview, type UploadSource } from './uploader';

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
	/** A voice clone recording: mp3 or wav under 10 MB (https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/voice.md). */
	voiceSample: { formats: ['mp3', 'wav'], maxBytes: 10 * 1024 * 1024 },
} satisfies Record<string, FileKindRule>;

export type FileKind = keyof typeof fileKinds;

/**
 * A file a request carries once it is uploaded: a file field set to "Binary File" puts one in the body
 * (its preSend has already checked the binary: present, allowed format, size), the request is validated
 * with it in place, and `uploadPendingFiles` swaps it for the uploaded file's ID just before sending.
 */
export class PendingUpload {
	constructor(readonly source: UploadSource) {}
}

/** Reads an input item's binary field for a file field of `kind`, checking everything Topview will check, with no request. */
export async function stageBinary(
	this: IExecuteSingleFunctions,
	kind: FileKind,
	binaryPropertyName: string,
): Promise<PendingUpload> {
	const rule: FileKindRule = fileKinds[kind];
	const source = await binarySource.call(this, binaryPropertyName, rule.formats);
	if (rule.maxBytes !== undefined && source.size !== undefined && source.size >= rule.maxBytes) {
		throw new NodeOperationError(
			this.getNode(),
			`${source.label} is ${(source.size / 1024 / 1024).toFixed(1)} MB; Topview takes less than ${rule.maxBytes / 1024 / 1024} MB here`,
			{ itemIndex: this.getItemIndex(), description: 'Use a shorter or compressed file. Nothing was uploaded.' },
		);
	}
	return new PendingUpload(source);
}

/** preSend of a file field set to "Binary File": stages the binary named by the field's own parameter under `field`. */
function stageFileField(field: string, kind: FileKind, binaryParameter: string) {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const property = String(this.getNodeParameter(binaryParameter, 'data')).trim() || 'data';
		const pending = await stageBinary.call(this, kind, property);
		return { ...options, body: { ...((options.body ?? {}) as IDataObject), [field]: pending } };
	};
}

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
					routing: { send: { preSend: [stageFileField(spec.field, spec.kind, binaryParameter)] } },
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

type BodyPath = Array<string | number>;

/** Every pending upload in the body: top-level fields, list entries, and fields of objects in lists (e.g. `inputImages[0].fileId`). */
function findPending(value: unknown, path: BodyPath = []): Array<{ path: BodyPath; pending: PendingUpload }> {
	if (value instanceof PendingUpload) return [{ path, pending: value }];
	if (path.length >= 3 || value === null || typeof value !== 'object') return [];
	const entries: Array<[string | number, unknown]> = Array.isArray(value)
		? value.map((entry, index) => [index, entry])
		: Object.entries(value as IDataObject);
	return entries.flatMap(([key, entry]) => findPending(entry, [...path, key]));
}

/** A copy of `body` with the value at `path` replaced (copying only along the path). */
function setAt(body: unknown, path: BodyPath, value: unknown): unknown {
	if (!path.length) return value;
	const [key, ...rest] = path;
	const copy = (Array.isArray(body) ? [...body] : { ...(body as IDataObject) }) as Record<string | number, unknown>;
	copy[key] = setAt(copy[key], rest, value);
	return copy;
}

/** After validation: uploads every staged file of the body, in order, and puts its file ID in its place. */
export async function uploadPendingFiles(
	this: IExecuteSingleFunctions,
	body: IDataObject | undefined,
): Promise<IDataObject | undefined> {
	let result: unknown = body;
	for (const { path, pending } of findPending(body)) {
		result = setAt(result, path, (await uploadToTopview.call(this, pending.source)).fileId);
	}
	return result as IDataObject | undefined;
}

/**
 * zod entry of a file field: a file ID (trimmed; blank counts as missing), or a binary file staged for
 * upload once the request is valid.
 */
export const fileRef = (params?: { required_error?: string }) =>
	z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() || undefined : value),
		z.union([z.string(), z.instanceof(PendingUpload)], params),
	);

/** A file parameter (`fileField`) with the zod entry of the file ID it sends: optional unless `schema` says otherwise. */
export function fileInput<Name extends string>(
	spec: Parameters<typeof fileField>[0] & { field: Name },
	schema: ZodTypeAny = fileRef().optional(),
): Field<Record<Name, ZodTypeAny>> {
	return fieldOf(fileField(spec), { [spec.field]: schema } as Record<Name, ZodTypeAny>);
}
