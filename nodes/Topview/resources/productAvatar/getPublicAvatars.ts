import type { INodeProperties } from 'n8n-workflow';
import { filtersCollection, genderFilter, returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetPublicAvatars = { resource: ['productAvatar'], operation: ['getPublicAvatars'] };

/** Comma-separated IDs, trimmed, empty entries dropped. */
const idList = '={{ String($value).split(",").map((id) => id.trim()).filter((id) => id).join(",") }}';

export const getPublicAvatarsDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetPublicAvatars),
	filtersCollection(showOnlyForGetPublicAvatars, [
		{
			displayName: 'Category IDs',
			name: 'categoryIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1,3',
			description: 'Comma-separated category IDs (from Get Categories); avatars of any of them are listed',
			routing: { send: { type: 'query', property: 'categoryIds', value: idList } },
		},
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
		genderFilter,
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
	]),
];
