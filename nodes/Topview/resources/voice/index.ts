import type { INodeProperties } from 'n8n-workflow';
import { listRouting, writeRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { deletedVoice, voiceDeleteDescription, voiceDeleteSchema } from './delete';
import { voiceGetAllDescription } from './getAll';

export const voiceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voice'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a cloned voice',
				description: 'Delete a voice cloned on your account',
				routing: writeRouting('DELETE', '/v1/voice/clone/delete', {
					preSend: [validateRequest(voiceDeleteSchema, 'qs')],
					postReceive: [deletedVoice],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many voices',
				description: 'List public or cloned voices',
				routing: listRouting('/v1/voice/query', { itemsField: 'data', maxPageSize: 100 }),
			},
		],
		default: 'getAll',
	},
	...voiceGetAllDescription,
	...voiceDeleteDescription,
];
