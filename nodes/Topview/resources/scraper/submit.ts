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
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForSubmit = { resource: ['scraper'], operation: ['submit'] };

const httpUrl = (label: string, example: string) =>
	requiredText(`${label} is empty: enter a URL, e.g. ${example}`).refine(
		isHttpUrl,
		`${label} must be an absolute http(s) URL, e.g. ${example}`,
	);

const mainFields = [
	field({
		displayName: 'Product Link',
		name: 'productLink',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://www.amazon.com/dp/B0CXVSRY56',
		description: 'The product page to read the name, description, images and videos from',
		displayOptions: { show: showOnlyForSubmit },
	}, httpUrl('Product Link', 'https://www.amazon.com/dp/B0CXVSRY56')),
];

const additionalFields = [
	// The shared Callback URL option, checked like the product link: trimmed, blank is none.
	fieldOf([callbackUrlOption], {
		noticeUrl: z.preprocess(
			(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
			httpUrl('Callback URL', 'https://example.com/topview').optional(),
		),
	}),
];

export const scraperSubmitDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, scraper),
];

/** The scraper submit body: an http(s) product link and, if given, an http(s) callback URL. */
export const scraperSubmitSchema = z
	.object(shapeOf(...mainFields, ...additionalFields))
	.transform((value): IDataObject => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
