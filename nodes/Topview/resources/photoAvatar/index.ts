import type { INodeProperties } from 'n8n-workflow';
import { photoAvatar } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { listRouting, queryRouting, submitRouting, writeRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import {
	createdAvatar,
	photoAvatarCreateCustomAvatarDescription,
	photoAvatarCreateCustomAvatarSchema,
} from './createCustomAvatar';
import { photoAvatarDelete } from './delete';
import { photoAvatarGetTemplateCategoriesDescription } from './getTemplateCategories';
import { photoAvatarGetTemplatesDescription, photoAvatarGetTemplatesSchema } from './getTemplates';
import { photoAvatarQueryDescription } from './query';
import { photoAvatarSubmitDescription } from './submit';
import { photoAvatarSubmitSchema } from './submitSchema';

export const photoAvatarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['photoAvatar'] } },
		options: [
			{
				name: 'Create Custom Avatar',
				value: 'createCustomAvatar',
				action: 'Create a custom photo avatar',
				description: 'Save a photo of a person as a custom avatar and get its ID',
				routing: writeRouting('POST', '/v1/photo_avatar/template/create', {
					checks: [validateRequest(photoAvatarCreateCustomAvatarSchema)],
					shape: createdAvatar,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom photo avatar',
				description: 'Delete a custom avatar saved on your account',
				routing: writeRouting('DELETE', '/v1/photo_avatar/template/delete', {
					checks: [validateRequest(photoAvatarDelete.schema, 'qs')],
					shape: photoAvatarDelete.deleted,
				}),
			},
			{
				name: 'Get Template Categories',
				value: 'getTemplateCategories',
				action: 'Get photo avatar template categories',
				description: 'List the categories of public photo avatar templates',
				routing: listRouting('/v1/photo_avatar/template/category', { itemsField: 'data', maxPageSize: 100 }),
			},
			{
				name: 'Get Templates',
				value: 'getTemplates',
				action: 'Get photo avatar templates',
				description: 'List public photo avatar templates or your custom avatars',
				routing: listRouting('/v1/photo_avatar/template/list', { itemsField: 'data', maxPageSize: 100 }, { checks: [validateRequest(photoAvatarGetTemplatesSchema, 'qs')] }),
			},
			{
				name: 'Query',
				value: 'query',
				action: 'Query a photo avatar task',
				description: 'Get the status and result of a photo avatar task',
				routing: queryRouting(photoAvatar),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a photo avatar task',
				description: 'Animate a photo avatar (Avatar 2, Avatar 4) with a script or audio, optionally waiting for it',
				routing: submitRouting(photoAvatar, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(photoAvatarSubmitSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...photoAvatarSubmitDescription,
	...photoAvatarQueryDescription,
	...photoAvatarGetTemplatesDescription,
	...photoAvatarGetTemplateCategoriesDescription,
	...photoAvatarCreateCustomAvatarDescription,
	...photoAvatarDelete.description,
];
