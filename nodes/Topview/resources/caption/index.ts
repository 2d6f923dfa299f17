import type { INodeProperties } from 'n8n-workflow';
import { listRouting } from '../../shared/routing';
import { captionGetAllDescription } from './getAll';

export const captionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['caption'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many captions',
				description: 'List the caption styles',
				routing: listRouting('/v1/caption/list', { itemsField: 'data', maxPageSize: 100, unpaged: true }),
			},
		],
		default: 'getAll',
	},
	...captionGetAllDescription,
];
