import type { INodeProperties } from 'n8n-workflow';
import { scraper } from '../../shared/families';
import { queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { scraperQueryDescription } from './query';
import { scraperSubmitDescription, scraperSubmitSchema } from './submit';

export const scraperDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scraper'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query a scraper task',
				description: 'Get the product name, description, images and videos a scraper task found',
				routing: queryRouting(scraper),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a scraper task',
				description: 'Read a product page, optionally waiting for the result',
				routing: submitRouting(scraper, { checks: [validateRequest(scraperSubmitSchema)] }),
			},
		],
		default: 'submit',
	},
	...scraperSubmitDescription,
	...scraperQueryDescription,
];
