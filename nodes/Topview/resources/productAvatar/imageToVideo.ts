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
const forVersion = (version: string) => ({ ...showOnlyForImageToVideo, version: [version] });

/**
 * v1 takes the key of a replaced image, a mode and a prompt, not the v2 body:
 * https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990
 */
const v1Fields: INodeProperties[] = [
	{
		displayName: 'Product Replace Result Key',
		name: 'productReplaceResultKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 21f48762080b42f1b718ad722f92c',
		description:
			'The key of the image to animate: productReplaceResult[].key of a finished v1 Replace Product Image task',
		displayOptions: { show: forVersion('v1') },
		routing: { send: { type: 'body', property: 'productReplaceResultKey' } },
	},
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		required: true,
		options: [
			{ name: 'Lite', value: 'lite' },
			{ name: 'Pro', value: 'pro' },
		],
		default: 'lite',
		description: 'The v1 video model',
		displayOptions: { show: forVersion('v1') },
		routing: { send: { type: 'body', property: 'mode' } },
	},
	{
		displayName: 'Prompt',
		name: 'image2videoPrompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. The woman smiles and lifts the bottle towards the camera',
		description: 'How the image should move',
		displayOptions: { show: forVersion('v1') },
		routing: { send: { type: 'body', property: 'image2videoPrompt' } },
	},
	additionalFieldsCollection(forVersion('v1'), [additionalBodyFieldsOption, callbackUrlOption]),
];

const v2Fields: INodeProperties[] = [
	{
		displayName: 'Product Image ID',
		name: 'replaceProductTaskImageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4274b375c308-img-0',
		description:
			'The image to animate: replaceProductTaskImageId from a finished v2 Replace Product Image task',
		displayOptions: { show: forVersion('v2') },
		routing: { send: { type: 'body', property: 'replaceProductTaskImageId' } },
	},
	...scriptFields({
		show: forVersion('v2'),
		scriptPlaceholder: 'e.g. This serum keeps your skin hydrated all day.',
	}),
	additionalFieldsCollection(forVersion('v2'), [
		additionalBodyFieldsOption,
		callbackUrlOption,
		{
			displayName: 'Caption Style Name or ID',
			name: 'captionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCaptions' },
			default: '',
			description:
				'Caption style burned into the video; Topview requires one for v2. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
];

export const imageToVideoDescription: INodeProperties[] = [
	...v1Fields,
	...v2Fields,
	waitForCompletionField(showOnlyForImageToVideo),
	submitOptionsField(showOnlyForImageToVideo, productAvatarImageToVideoV2),
];
