import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, genderFilterField, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetPublicAvatars = { resource: ['productAvatar'], operation: ['getPublicAvatars'] };

/** Comma-separated IDs, trimmed, empty entries dropped. */
const idList = '={{ String($value).split(",").map((id) => id.trim()).filter((id) => id).join(",") }}';

/** The filters, each with the check of what it sends. */
const filters = [
	field(
		{
			displayName: 'Category IDs',
			name: 'categoryIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1,3',
			description: 'Comma-separated category IDs (from Get Categories); avatars of any of them are listed',
			routing: { send: { type: 'query', property: 'categoryIds', value: idList } },
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Ethnicity IDs',
			name: 'ethnicityIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1,3',
			description:
				'Comma-separated ethnicity IDs (from Ethnicity → Get Many with scene "Product Avatar"); avatars of any of them are listed',
			routing: { send: { type: 'query', property: 'ethnicityIds', value: idList } },
		},
		z.string().optional(),
	),
	genderFilterField,
	field(
		{
			displayName: 'Sort By',
			name: 'sortingType',
			type: 'options',
			options: [
				{ name: 'Newest', value: 'Newest' },
				{ name: 'Popularity', value: 'Popularity' },
			],
			default: 'Popularity',
			description: "The order of the avatars (values as Topview's own client sends them)",
			routing: { send: { type: 'query', property: 'sortingType' } },
		},
		z.enum(['Newest', 'Popularity']).optional(),
	),
];

export const getPublicAvatarsDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetPublicAvatars),
	filtersCollection(showOnlyForGetPublicAvatars, propertiesOf(...filters)),
];

/** The Get Many query: each filter checked as the UI sends it. */
export const getPublicAvatarsSchema = z.object(shapeOf(...filters));
