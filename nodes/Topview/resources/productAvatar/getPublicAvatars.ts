import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, genderFilterField, idListFilter, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetPublicAvatars = { resource: ['productAvatar'], operation: ['getPublicAvatars'] };

/** The filters, each with the check of what it sends. */
const filters = [
	idListFilter({
		displayName: 'Category IDs',
		name: 'categoryIds',
		placeholder: 'e.g. 1,3',
		description:
			'Comma-separated category IDs (from Get Categories); avatars of any of them are listed',
	}),
	idListFilter({
		displayName: 'Ethnicity IDs',
		name: 'ethnicityIds',
		placeholder: 'e.g. 1,3',
		description:
			'Comma-separated ethnicity IDs (from Ethnicity → Get Many with scene "Product Avatar"); avatars of any of them are listed',
	}),
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
