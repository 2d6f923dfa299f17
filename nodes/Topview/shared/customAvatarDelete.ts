import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fieldOf, propertiesOf, shapeOf } from './fields';
import { requiredText } from './validate';

/**
 * Delete of a custom avatar (`DELETE /v1/photo_avatar/template/delete?aiAvatarId=…`,
 * https://docs.topview.ai/reference/delete_custom_avatar), offered by Avatar and by Photo Avatar under
 * their own parameter names: a custom-avatar picker, its check, and the output Topview's `null` becomes.
 */
export function customAvatarDelete(spec: {
	resource: string;
	parameter: 'avatarId' | 'aiAvatarId';
	description: string;
	placeholder: string;
	emptyMessage: string;
}) {
	const fields = [
		fieldOf(
			[
				{
					displayName: 'Custom Avatar',
					name: spec.parameter,
					type: 'resourceLocator',
					required: true,
					default: { mode: 'list', value: '' },
					description: spec.description,
					displayOptions: { show: { resource: [spec.resource], operation: ['delete'] } },
					modes: [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list',
							typeOptions: { searchListMethod: 'searchCustomAvatars', searchable: true },
						},
						{ displayName: 'ID', name: 'id', type: 'string', placeholder: spec.placeholder },
					],
					routing: { send: { type: 'query', property: 'aiAvatarId' } },
				} satisfies INodeProperties,
			],
			{ aiAvatarId: requiredText(spec.emptyMessage) },
		),
	];
	return {
		description: propertiesOf(...fields),
		/** The delete query: a non-blank avatar ID, trimmed. */
		schema: z.object(shapeOf(...fields)),
		/** Topview answers `null`; output what was deleted instead. */
		deleted: async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
			const aiAvatarId = String(this.getNodeParameter(spec.parameter, '', { extractValue: true })).trim();
			return [{ json: { deleted: true, aiAvatarId } }];
		},
	};
}
