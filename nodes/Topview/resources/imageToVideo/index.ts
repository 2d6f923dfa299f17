import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo } from '../../shared/families';
import { queryRouting } from '../../shared/routing';
import { imageToVideoSubmitRouting } from '../videoGeneration/imageToVideo';
import { imageToVideoQueryDescription } from './query';
import { imageToVideoSubmitDescription } from './submit';

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
				routing: imageToVideoSubmitRouting('imageToVideoResource'),
			},
		],
		default: 'submit',
	},
	...imageToVideoSubmitDescription,
	...imageToVideoQueryDescription,
];
