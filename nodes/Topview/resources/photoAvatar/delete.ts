import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

/** Topview answers `null`; output what was deleted instead. */
export async function deletedPhotoAvatar(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const aiAvatarId = String(this.getNodeParameter('aiAvatarId', '', { extractValue: true })).trim();
	return [{ json: { deleted: true, aiAvatarId } }];
}

const showOnlyForDelete = { resource: ['photoAvatar'], operation: ['delete'] };

const customAvatarField = field({
	displayName: 'Custom Avatar',
	name: 'aiAvatarId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The custom avatar to delete, e.g. one made by Create Custom Avatar. Public templates cannot be deleted.',
	displayOptions: { show: showOnlyForDelete },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCustomAvatars', searchable: true },
		},
		{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 45b3819812034602b7395eea075b6cf4' },
	],
	routing: { send: { type: 'query', property: 'aiAvatarId' } },
}, requiredText('Custom Avatar is empty: pick a custom avatar from the list or enter its ID'));

export const photoAvatarDeleteDescription: INodeProperties[] = propertiesOf(customAvatarField);

/** The delete query: a non-blank avatar ID, trimmed. */
export const photoAvatarDeleteSchema = z.object(shapeOf(customAvatarField));
