import type { INodeProperties } from 'n8n-workflow';
import { validateRequest } from '../../shared/validate';
import { listRouting } from '../../shared/routing';
import { ethnicityGetAllDescription, ethnicityGetAllSchema } from './getAll';

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
				routing: listRouting('/v1/ethnicity/list', { itemsField: 'data', maxPageSize: 100 }, { checks: [validateRequest(ethnicityGetAllSchema, 'qs')] }),
			},
		],
		default: 'getAll',
	},
	...ethnicityGetAllDescription,
];
