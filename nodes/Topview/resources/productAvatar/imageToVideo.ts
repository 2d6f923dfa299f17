import type { INodeProperties } from 'n8n-workflow';
import { productAvatarImageToVideoV2 } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { scriptFields } from '../../shared/scriptFields';

const showOnlyForImageToVideo = { resource: ['productAvatar'], operation: ['imageToVideo'] };

export const imageToVideoDescription: INodeProperties[] = [
	{
		displayName: 'Product Image ID',
		name: 'replaceProductTaskImageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4274b375c308-img-0',
		description:
			'The image to animate: replaceProductTaskImageId from a finished Replace Product Image task of the same API version',
		displayOptions: { show: showOnlyForImageToVideo },
		routing: { send: { type: 'body', property: 'replaceProductTaskImageId' } },
	},
	...scriptFields({
		show: showOnlyForImageToVideo,
		scriptPlaceholder: 'e.g. This serum keeps your skin hydrated all day.',
	}),
	additionalFieldsCollection(showOnlyForImageToVideo, [
		{
			...additionalBodyFieldsOption,
			description: `${additionalBodyFieldsOption.description} The v1 fields are not publicly documented: v1 is sent the v2 fields.`,
		},
		callbackUrlOption,
		{
			displayName: 'Caption Style Name or ID',
			name: 'captionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCaptions' },
			default: '',
			description:
				'Caption style burned into the video. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: { send: { type: 'body', property: 'captionId' } },
		},
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			options: [
				{ name: 'Avatar 2', value: 'avatar2' },
				{ name: 'Avatar 4', value: 'avatar4' },
				{ name: 'Avatar 4 Fast', value: 'avatar4Fast' },
				{ name: 'Lite', value: 'lite' },
				{ name: 'Pro', value: 'pro' },
			],
			default: 'lite',
			description: "The video model; Topview's default applies when not set",
			routing: { send: { type: 'body', property: 'mode' } },
		},
	]),
	waitForCompletionField(showOnlyForImageToVideo),
	submitOptionsField(showOnlyForImageToVideo, productAvatarImageToVideoV2),
];
