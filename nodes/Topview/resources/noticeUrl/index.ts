import type { INodeProperties } from 'n8n-workflow';
import { operationRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { checkNoticeUrl, noticeUrlCheckDescription, noticeUrlCheckSchema } from './check';

export const noticeUrlDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['noticeUrl'] } },
		options: [
			{
				name: 'Check',
				value: 'check',
				action: 'Check a notice URL',
				description: 'Ask Topview whether it accepts a callback URL',
				routing: operationRouting('POST', '/notice/notice_url/check', checkNoticeUrl, {
					checks: [validateRequest(noticeUrlCheckSchema)],
				}),
			},
		],
		default: 'check',
	},
	...noticeUrlCheckDescription,
];
