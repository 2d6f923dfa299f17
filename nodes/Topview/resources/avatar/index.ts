import type { INodeProperties } from 'n8n-workflow';
import { listRouting, writeRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { avatarDelete } from './delete';
import { avatarGetAllDescription, avatarGetAllSchema } from './getAll';

export const avatarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['avatar'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom avatar',
				description: 'Delete a custom avatar saved on your account',
				routing: writeRouting('DELETE', '/v1/photo_avatar/template/delete', {
					checks: [validateRequest(avatarDelete.schema, 'qs')],
					shape: avatarDelete.deleted,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many avatars',
				description: 'List public or custom avatars',
				routing: listRouting('/v1/aiavatar/query', { itemsField: 'data', maxPageSize: 100 }, { checks: [validateRequest(avatarGetAllSchema, 'qs')] }),
			},
		],
		default: 'getAll',
	},
	...avatarGetAllDescription,
	...avatarDelete.description,
];
