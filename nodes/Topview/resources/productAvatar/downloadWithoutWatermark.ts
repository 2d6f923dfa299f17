import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { withoutBlanks } from '../../shared/validate';

const showOnlyForDownload = { resource: ['productAvatar'], operation: ['downloadWithoutWatermark'] };

/** The query of the download: the source task and, optionally, one image of it. */
const queryFields = [
	fieldOf(
		[
			{
				displayName: 'Replace Product Image Task ID',
				name: 'imageReplaceTaskId',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 176bd1a50ba8437db36af5eb8fd9e5ca',
				description: 'The taskId of a finished v1 Replace Product Image task whose images you want without the watermark',
				displayOptions: { show: showOnlyForDownload },
				routing: { send: { type: 'query', property: 'taskId' } },
			},
		],
		{
			taskId: z.string({
				required_error:
					'Replace Product Image Task ID is required: enter the taskId of a finished v1 Replace Product Image task',
			}),
		},
	),
	field({
		displayName: 'Product Replace Result Key',
		name: 'productReplaceResultKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. 21f48762080b42f1b718ad722f92c',
		description: 'Optional: the key of one image (productReplaceResult[].key); empty asks for all images of the task',
		displayOptions: { show: showOnlyForDownload },
		routing: { send: { type: 'query', property: 'productReplaceResultKey' } },
	}, z.string().optional()),
];

export const downloadWithoutWatermarkDescription: INodeProperties[] = [
	{
		displayName:
			'Topview lists this v1 call under Replace Product Image without publishing its path; see the README if it answers "not found"',
		name: 'downloadWithoutWatermarkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showOnlyForDownload },
	},
	...propertiesOf(...queryFields),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForDownload },
		options: [
			{
				displayName: 'Download Result',
				name: 'downloadResult',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the watermark-free images into binary properties named after the field below plus _0, _1, …',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the output binary field to put the downloaded file in',
			},
		],
	},
];

/** The download's query: blanks dropped, the source task required. */
export const downloadWithoutWatermarkSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(shapeOf(...queryFields)),
);
