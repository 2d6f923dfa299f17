import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

/** Topview answers `null`; output what was deleted instead. */
export async function deletedAvatar(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const aiAvatarId = String(this.getNodeParameter('avatarId', '', { extractValue: true })).trim();
	return [{ json: { deleted: true, aiAvatarId } }];
}

const showOnlyForDelete = { resource: ['avatar'], operation: ['delete'] };

// The parameter is named avatarId; Topview's query field is aiAvatarId.
const fields = [
	fieldOf(
		[
			{
				displayName: 'Custom Avatar',
				name: 'avatarId',
				type: 'resourceLocator',
				required: true,
				default: { mode: 'list', value: '' },
				description: 'The custom avatar to delete. Public avatars cannot be deleted.',
				displayOptions: { show: showOnlyForDelete },
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchCustomAvatars', searchable: true },
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						placeholder: 'e.g. 900001',
					},
				],
				routing: { send: { type: 'query', property: 'aiAvatarId' } },
			},
		],
		{ aiAvatarId: requiredText('Custom Avatar is empty: pick a custom avatar from the list or enter its aiavatarId') },
	),
];

export const avatarDeleteDescription: INodeProperties[] = propertiesOf(...fields);

/** The delete query: a non-blank avatar ID, trimmed. */
export const avatarDeleteSchema = z.object(shapeOf(...fields));
