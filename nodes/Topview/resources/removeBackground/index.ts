import type { INodeProperties } from 'n8n-workflow';
import { removeBackground } from '../../shared/families';
import { queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { removeBackgroundQueryDescription } from './query';
import { removeBackgroundSubmitDescription } from './submit';
import { removeBackgroundSubmitSchema } from './submitSchema';

export const removeBackgroundDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['removeBackground'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query a remove background task',
				description: 'Get the status and result of a remove background task: the cut-out image and its mask',
				routing: queryRouting(removeBackground),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a remove background task',
				description: 'Cut an image (e.g. a product photo) out of its background, optionally waiting for it',
				routing: submitRouting(removeBackground, {
					checks: [validateRequest(removeBackgroundSubmitSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...removeBackgroundSubmitDescription,
	...removeBackgroundQueryDescription,
];
