import type { INodeProperties } from 'n8n-workflow';
import { filtersCollection, returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetTemplates = { resource: ['photoAvatar'], operation: ['getTemplates'] };

export const photoAvatarGetTemplatesDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetTemplates),
	filtersCollection(showOnlyForGetTemplates, [
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
		{
			displayName: 'Custom Only',
			name: 'isCustom',
			type: 'boolean',
			default: true,
			description: 'Whether to list only the custom avatars saved on your account (on) or only public templates (off)',
			routing: { send: { type: 'query', property: 'isCustom' } },
		},
	]),
];
