import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';

const showOnlyForGetAll = { resource: ['ethnicity'], operation: ['getAll'] };

const sceneField = field(
	{
		displayName: 'Scene',
		name: 'scene',
		type: 'options',
		required: true,
		options: [
			{ name: 'Product Avatar', value: 'product_avatar', description: 'Ethnicities of product avatars' },
			{ name: 'Video Avatar', value: 'video_avatar', description: 'Ethnicities of video avatars' },
		],
		default: 'video_avatar',
		description: 'Which avatars the ethnicities are for',
		displayOptions: { show: showOnlyForGetAll },
		routing: { send: { type: 'query', property: 'scene' } },
	},
	z.enum(['product_avatar', 'video_avatar'], { message: 'Scene must be "product_avatar" or "video_avatar"' }),
);

export const ethnicityGetAllDescription: INodeProperties[] = [
	...propertiesOf(sceneField),
	...returnAllAndLimitFields(showOnlyForGetAll),
];

/** The Get Many query: the scene Topview requires. */
export const ethnicityGetAllSchema = z.object(shapeOf(sceneField));
