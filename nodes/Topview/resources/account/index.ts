import type { INodeProperties } from 'n8n-workflow';
import { listRouting, readRouting } from '../../shared/routing';
import { accountGetCreditLogsDescription, validateCreditLogsQuery } from './getCreditLogs';
import { stripApiKeys } from './secrets';


export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get Credit',
				value: 'getCredit',
				action: 'Get the credit balance',
				description: 'Get the remaining credits, their expiry and the usage per API key (keys are never output)',
				routing: readRouting('/user/credit/detail', { shape: stripApiKeys }),
			},
			{
				name: 'Get Credit Logs',
				value: 'getCreditLogs',
				action: 'Get credit logs',
				description: 'List the credits charged per task',
				routing: listRouting(
					'/user/credit/logs',
					{ itemsField: 'data', maxPageSize: 100 },
					{ checks: [validateCreditLogsQuery], shape: stripApiKeys },
				),
			},
			{
				name: 'Get Space',
				value: 'getSpace',
				action: 'Get the disk space',
				description: 'Get the used and the maximum storage of the account',
				routing: readRouting('/user/space'),
			},
		],
		default: 'getCredit',
	},
	...accountGetCreditLogsDescription,
];
