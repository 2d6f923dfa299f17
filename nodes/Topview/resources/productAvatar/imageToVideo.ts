import type { INodeProperties } from 'n8n-workflow';
import { productAvatarImageToVideoV2 } from '../../shared/families';
import { callbackUrlOption, submitOptionsField, voiceLocator, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileInputFields, whenFileIdInput } from '../../shared/inlineFiles';

const showOnlyForImageToVideo = { resource: ['productAvatar'], operation: ['imageToVideo'] };
const forScriptMode = (mode: string) => ({ ...showOnlyForImageToVideo, scriptMode: [mode] });

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
	{
		displayName: 'Script Mode',
		name: 'scriptMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Text', value: 'text', description: 'A script spoken by a Topview voice' },
			{ name: 'Audio', value: 'audio', description: 'An audio file you uploaded' },
		],
		default: 'text',
		description: 'What the avatar says',
		displayOptions: { show: showOnlyForImageToVideo },
		routing: { send: { type: 'body', property: 'scriptMode' } },
	},
	{
		displayName: 'Script',
		name: 'ttsText',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. This serum keeps your skin hydrated all day.',
		description: 'The text the avatar speaks',
		displayOptions: { show: forScriptMode('text') },
		routing: { send: { type: 'body', property: 'ttsText' } },
	},
	voiceLocator({
		name: 'voiceId',
		description:
			'The voice that speaks the script, your cloned voices first',
		required: true,
		displayOptions: { show: forScriptMode('text') },
	}),
	...fileInputFields({ field: 'audioFileId', kind: 'audio', label: 'Audio', show: forScriptMode('audio') }),
	{
		displayName: 'Audio File ID',
		name: 'audioFileId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: 'The fileId of the uploaded audio (from File → Upload)',
		displayOptions: { show: { ...forScriptMode('audio'), ...whenFileIdInput('audioFileId') } },
		routing: { send: { type: 'body', property: 'audioFileId' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForImageToVideo },
		options: [
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
		],
	},
	waitForCompletionField(showOnlyForImageToVideo),
	submitOptionsField(showOnlyForImageToVideo, productAvatarImageToVideoV2),
];
