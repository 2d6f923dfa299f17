import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetAll = { resource: ['ethnicity'], operation: ['getAll'] };

export const ethnicityGetAllDescription: INodeProperties[] = [
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
	...returnAllAndLimitFields(showOnlyForGetAll),
];
