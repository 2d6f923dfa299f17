import type { INodeProperties } from 'n8n-workflow';
import { videoAvatar } from '../../shared/families';
import { queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { videoAvatarQueryDescription } from './query';
import { videoAvatarSubmitDescription } from './submit';
import { videoAvatarSubmitSchema } from './submitSchema';

export const videoAvatarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoAvatar'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query a video avatar task',
				description: 'Get the status and result of a video avatar task',
				routing: queryRouting(videoAvatar),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a video avatar task',
				description: 'Start rendering an avatar video, optionally waiting for it',
				routing: submitRouting(videoAvatar, {
					checks: [validateRequest(videoAvatarSubmitSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...videoAvatarSubmitDescription,
	...videoAvatarQueryDescription,
];
