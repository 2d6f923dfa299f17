import type { INodeProperties } from 'n8n-workflow';
import { videoToAvatar } from '../../shared/families';
import { queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { videoToAvatarQueryDescription } from './query';
import { videoToAvatarSubmitDescription } from './submit';
import { videoToAvatarSubmitSchema } from './submitSchema';

export const videoToAvatarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoToAvatar'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query a video to avatar task',
				description:
					'Get the status and result of a video to avatar task; its aiAvatar.aiavatarId works with Video Avatar Avatar Source "Custom Avatar"',
				routing: queryRouting(videoToAvatar),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a video to avatar task',
				description:
					'Turn a video of a person into a custom avatar for Video Avatar (Avatar Source "Custom Avatar"), optionally waiting for it',
				routing: submitRouting(videoToAvatar, {
					checks: [validateRequest(videoToAvatarSubmitSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...videoToAvatarSubmitDescription,
	...videoToAvatarQueryDescription,
];
