import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';
import { boardLocator } from './boardLocator';

const show = { resource: ['board'], operation: ['getDownload'] };

// GET /boards/tasks/batch-download?downloadTaskId=…(&boardId=…): the ZIP's status, and once it is `success`
// its downloadUrl (a signed URL valid until expiresAt): https://docs.topview.ai/reference/getbatchdownloadstatus
const fields = [
	field(
		{
			displayName: 'Download Task ID',
			name: 'downloadTaskId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5f4e3d2c1b0a',
			description: 'The downloadTaskId returned by Download Tasks',
			displayOptions: { show },
			routing: { send: { type: 'query', property: 'downloadTaskId' } },
		},
		requiredText('Download Task ID is empty: enter the downloadTaskId that Download Tasks returned'),
	),
	fieldOf([boardLocator(show, 'query', 'Optional: the board the download was submitted for', true)], {
		boardId: z.preprocess(
			(value) => (value === undefined || value === null ? undefined : String(value).trim() || undefined),
			z.string().optional(),
		),
	}),
];

export const boardGetDownloadDescription: INodeProperties[] = propertiesOf(...fields);

export const boardGetDownloadSchema = z.object(shapeOf(...fields));
