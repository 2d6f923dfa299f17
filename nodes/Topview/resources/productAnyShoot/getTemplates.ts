import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, idListFilter, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetTemplates = { resource: ['productAnyShoot'], operation: ['getTemplates'] };

/** The filters, each with the check of what it sends. */
const filters = [
	idListFilter({
		displayName: 'Category IDs',
		name: 'categoryIds',
		placeholder: 'e.g. 101,103',
		description:
			'Comma-separated category IDs (from Get Template Categories); templates of any of them are listed',
	}),
	field(
		{
			displayName: 'Style',
			name: 'style',
			type: 'options',
			// The two styles of the Template List page: https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246
			options: [
				{ name: 'Pro', value: 'Pro' },
				{ name: 'UGC', value: 'UGC' },
			],
			default: 'UGC',
			description: 'Only templates of this style: user-generated looks (UGC) or professional studio shots (Pro)',
			routing: { send: { type: 'query', property: 'style' } },
		},
		z.enum(['Pro', 'UGC']).optional(),
	),
];

export const getTemplatesDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetTemplates),
	filtersCollection(showOnlyForGetTemplates, propertiesOf(...filters)),
];

/** The Get Many query: each filter checked as the UI sends it. */
export const productAnyShootGetTemplatesSchema = z.object(shapeOf(...filters));
