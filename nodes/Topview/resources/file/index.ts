import type { INodeProperties } from 'n8n-workflow';
import { runnerRouting } from '../../shared/routing';
import { fileUploadDescription, uploadFile } from './upload';

export const fileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file',
				description: 'Upload a video, photo or audio file and get the fileId that Submit operations take',
				routing: runnerRouting(uploadFile),
			},
		],
		default: 'upload',
	},
	...fileUploadDescription,
];
