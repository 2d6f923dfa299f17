import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { fileKinds, stageBinary, type FileKind, type PendingUpload } from './inlineFiles';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

interface FileListSpec {
	/** Parameter name, e.g. `inputImages`. */
	name: string;
	label: string;
	kind: FileKind;
	/** The body field the list is sent as, e.g. `inputImageFileIds`. */
	bodyField: string;
	/** Entries carry a name referenced in the prompt (e.g. `Image1`); the body gets `{ name, fileId }` objects. */
	namePrefix?: string;
}

/**
 * A list of files as users give it: each entry a File ID or a binary field of the input item (uploaded
 * like the single file fields), and, for named lists, the name the prompt refers to.
 */
export function fileListField(spec: FileListSpec & { show: Show; description: string }): INodeProperties {
	const formats = fileKinds[spec.kind].formats.join(', ');
	const values: INodeProperties[] = [
		...(spec.namePrefix
			? [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string' as const,
						default: '',
						placeholder: `e.g. ${spec.namePrefix}1`,
						description: `The name the prompt uses for this file, as &lt;&lt;&lt;${spec.namePrefix}1&gt;&gt;&gt;. Empty: ${spec.namePrefix}1, ${spec.namePrefix}2, … in list order.`,
					},
				]
			: []),
		{
			displayName: 'Input',
			name: 'input',
			type: 'options',
			options: [
				{ name: 'Binary File', value: 'binary', description: `Upload it from a binary field of the input item (${formats})` },
				{ name: 'File ID', value: 'fileId', description: 'Use the fileId of a file uploaded before (File → Upload)' },
			],
			default: 'fileId',
		},
		{
			displayName: 'File ID',
			name: 'fileId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1a2b3c4d5e6f',
			displayOptions: { show: { input: ['fileId'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			hint: 'The name of the input binary field holding the file',
			displayOptions: { show: { input: ['binary'] } },
		},
	];
	return {
		displayName: spec.label,
		name: spec.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add File',
		default: {},
		description: spec.description,
		displayOptions: { show: spec.show },
		options: [{ displayName: 'File', name: 'files', values }],
		routing: { send: { preSend: [fileListToBody(spec)] } },
	};
}

/**
 * preSend of a file list: puts the list into the body as `bodyField`, file IDs as given and binary
 * entries staged for upload after validation; named lists send `{ name, fileId }` objects. Entries with
 * neither a file ID nor a binary field are left out; an empty list sends nothing.
 */
const bodyFieldOfStep = new WeakMap<object, string>();

/** The body field a file list's preSend fills: how the list is sent, readable from its description. */
export function fileListBodyField(step: unknown): string | undefined {
	return typeof step === 'function' ? bodyFieldOfStep.get(step) : undefined;
}

function fileListToBody(spec: FileListSpec) {
	const step = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const entries = (this.getNodeParameter(`${spec.name}.files`, []) as IDataObject[]) ?? [];
		const staged = await Promise.all(
			entries.map(async (entry): Promise<{ file: string | PendingUpload; name: string }> => ({
				file:
					entry.input === 'binary'
						? await stageBinary.call(this, spec.kind, String(entry.binaryPropertyName ?? 'data').trim() || 'data')
						: String(entry.fileId ?? '').trim(),
				name: String(entry.name ?? '').trim(),
			})),
		);
		const files = staged.filter(({ file }) => file);
		if (!files.length) return options;
		const value = spec.namePrefix
			? files.map(({ file, name }, index) => ({ name: name || `${spec.namePrefix}${index + 1}`, fileId: file }))
			: files.map(({ file }) => file);
		return { ...options, body: { ...((options.body ?? {}) as IDataObject), [spec.bodyField]: value } };
	};
	bodyFieldOfStep.set(step, spec.bodyField);
	return step;
}
