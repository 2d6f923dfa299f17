import type { INodeProperties } from 'n8n-workflow';
import { filtersCollection, returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetTemplates = { resource: ['productAnyShoot'], operation: ['getTemplates'] };

export const getTemplatesDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetTemplates),
	filtersCollection(showOnlyForGetTemplates, [
		{
			displayName: 'Category IDs',
			name: 'categoryIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 101,103',
			description: 'Comma-separated category IDs (from Get Template Categories); templates of any of them are listed',
			routing: {
				send: {
					type: 'query',
					property: 'categoryIds',
					value: '={{ String($value).split(",").map((id) => id.trim()).filter((id) => id).join(",") }}',
				},
			},
		},
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
	]),
];
