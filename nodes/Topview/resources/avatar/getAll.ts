import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, genderFilterField, idListFilter, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetAll = { resource: ['avatar'], operation: ['getAll'] };

/** The filters, each with the check of what it sends. */
const filters = [
	field(
		{
			displayName: 'Custom Only',
			name: 'isCustom',
			type: 'boolean',
			default: true,
			description:
				'Whether to list only the custom avatars saved on your account (on) or only public avatars (off)',
			routing: { send: { type: 'query', property: 'isCustom' } },
		},
		z.boolean().optional(),
	),
	idListFilter({
		displayName: 'Ethnicity IDs',
		name: 'ethnicityIdList',
		placeholder: 'e.g. 1,3',
		description:
			'Comma-separated ethnicity IDs (from Ethnicity → Get Many); avatars of any of them are listed',
	}),
	genderFilterField,
	field(
		{
			displayName: 'Sort By',
			name: 'sortField',
			type: 'string',
			default: '',
			placeholder: 'e.g. aiavatarName',
			description: 'The avatar field Topview sorts by',
			routing: { send: { type: 'query', property: 'sortField' } },
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Sort Order',
			name: 'sortType',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'asc',
			description: 'The direction of the sort; used with Sort By',
			routing: { send: { type: 'query', property: 'sortType' } },
		},
		z.enum(['asc', 'desc']).optional(),
	),
];

export const avatarGetAllDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetAll),
	filtersCollection(showOnlyForGetAll, propertiesOf(...filters)),
];

/** The Get Many query: each filter checked as the UI sends it. */
export const avatarGetAllSchema = z.object(shapeOf(...filters));
