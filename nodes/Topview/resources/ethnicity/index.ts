import type { INodeProperties } from 'n8n-workflow';
import { listRouting } from '../../shared/routing';
import { ethnicityGetAllDescription } from './getAll';

export const ethnicityDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ethnicity'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ethnicities',
				description: 'List the ethnicities avatars can be filtered by',
				routing: listRouting('/v1/ethnicity/list', { itemsField: 'data', maxPageSize: 100 }),
			},
		],
		default: 'getAll',
	},
	...ethnicityGetAllDescription,
];
