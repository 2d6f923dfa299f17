import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { isHttpUrl, requiredText } from '../../shared/validate';
import { scraper } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';

const showOnlyForSubmit = { resource: ['scraper'], operation: ['submit'] };

export const scraperSubmitDescription: INodeProperties[] = [
	{
		displayName: 'Product Link',
		name: 'productLink',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://www.amazon.com/dp/B0CXVSRY56',
		description: 'The product page to read the name, description, images and videos from',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'productLink' } },
	},
	additionalFieldsCollection(showOnlyForSubmit, [callbackUrlOption]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, scraper),
];

const httpUrl = (label: string, example: string) =>
	requiredText(`${label} is empty: enter a URL, e.g. ${example}`).refine(
		isHttpUrl,
		`${label} must be an absolute http(s) URL, e.g. ${example}`,
	);

/** The scraper submit body: an http(s) product link and, if given, an http(s) callback URL. */
export const scraperSubmitSchema = z
	.object({
		productLink: httpUrl('Product Link', 'https://www.amazon.com/dp/B0CXVSRY56'),
		noticeUrl: z.preprocess(
			(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
			httpUrl('Callback URL', 'https://example.com/topview').optional(),
		),
	})
	.transform((value): IDataObject => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
