import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { binarySource, uploadFormats, uploadToTopview, urlSource } from '../../shared/uploader';

const showOnlyForUpload = { resource: ['file'], operation: ['upload'] };

export const fileUploadDescription: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Binary File', value: 'binary', description: 'A binary field of the input item, e.g. from Read/Write Files from Disk or an HTTP Request' },
			{ name: 'URL', value: 'url', description: 'A public URL Topview should get the file from, downloaded by this node first' },
		],
		default: 'binary',
		displayOptions: { show: showOnlyForUpload },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the file',
		description: `Allowed formats: ${uploadFormats.join(', ')}. The format comes from the file name, else its MIME type.`,
		displayOptions: { show: { ...showOnlyForUpload, source: ['binary'] } },
	},
	{
		displayName: 'File URL',
		name: 'fileUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/presenter.mp4',
		description: `Allowed formats: ${uploadFormats.join(', ')}. The format comes from the URL's file name, else the Content-Type.`,
		displayOptions: { show: { ...showOnlyForUpload, source: ['url'] } },
	},
];

/** File → Upload: the whole three-step upload; outputs the fileId for Submit's file fields. */
export async function uploadFile(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const source =
		this.getNodeParameter('source', 'binary') === 'url'
			? await urlSource.call(this, String(this.getNodeParameter('fileUrl', '')).trim())
			: await binarySource.call(this, String(this.getNodeParameter('binaryPropertyName', 'data')));
	const uploaded = await uploadToTopview.call(this, source);
	const item: INodeExecutionData = { json: uploaded as IDataObject };
	return [item];
}
