import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetTemplates = { resource: ['photoAvatar'], operation: ['getTemplates'] };

/** The filters, each with the check of what it sends. */
const filters = [
	field(
		{
			displayName: 'Category Names or IDs',
			name: 'categories',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getPhotoAvatarTemplateCategories' },
			default: [],
			description:
				'Only templates of these categories; applies to public templates only (Custom Only off). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: {
				send: {
					type: 'query',
					property: 'categories',
					value: '={{ [].concat($value).flatMap((id) => String(id).split(",")).map((id) => id.trim()).filter((id) => id).join(",") }}',
				},
			},
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Custom Only',
			name: 'isCustom',
			type: 'boolean',
			default: true,
			description: 'Whether to list only the custom avatars saved on your account (on) or only public templates (off)',
			routing: { send: { type: 'query', property: 'isCustom' } },
		},
		z.boolean().optional(),
	),
];

export const photoAvatarGetTemplatesDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetTemplates),
	filtersCollection(showOnlyForGetTemplates, propertiesOf(...filters)),
];

/** The Get Many query: each filter checked as the UI sends it. */
export const photoAvatarGetTemplatesSchema = z.object(shapeOf(...filters));
