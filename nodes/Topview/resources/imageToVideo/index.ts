import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { imageToVideoQueryDescription } from './query';
import { imageToVideoSubmitDescription } from './submit';
import { imageToVideoSubmitSchema } from './submitSchema';

export const imageToVideoDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['imageToVideo'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query an image to video task',
				description: 'Get the status and result of an image to video task',
				routing: queryRouting(imageToVideo),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit an image to video task',
				description: 'Animate an image (or a first and end frame) into a video, optionally waiting for it',
				routing: submitRouting(imageToVideo, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(imageToVideoSubmitSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...imageToVideoSubmitDescription,
	...imageToVideoQueryDescription,
];
