import type { INodeProperties } from 'n8n-workflow';
import { photoAvatar } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardField,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';
import { scriptFields } from '../../shared/scriptFields';

const showOnlyForSubmit = { resource: ['photoAvatar'], operation: ['submit'] };
const forAvatarSource = (source: string) => ({ ...showOnlyForSubmit, avatarSource: [source] });

export const photoAvatarSubmitDescription: INodeProperties[] = [
	{
		displayName: 'Avatar Source',
		name: 'avatarSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Avatar',
				value: 'avatar',
				description: 'A public photo avatar template or one of your custom avatars (sent as avatarId)',
			},
			{
				name: 'Template Image',
				value: 'templateImage',
				description: 'A photo of a person you upload (sent as templateImageFileId)',
			},
		],
		default: 'avatar',
		description: 'Who appears in the video',
		displayOptions: { show: showOnlyForSubmit },
	},
	{
		displayName: 'Avatar',
		name: 'avatarId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The photo avatar template or custom avatar that presents the video; your custom avatars are listed first',
		displayOptions: { show: forAvatarSource('avatar') },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPhotoAvatarTemplates', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 45b3819812034602b7395eea075b6cf4' },
		],
		routing: { send: { type: 'body', property: 'avatarId' } },
	},
	...fileField({
		field: 'templateImageFileId',
		kind: 'image',
		label: 'Template Image',
		show: forAvatarSource('templateImage'),
		required: true,
		placeholder: 'e.g. 2a22d8f1364d4903a4f7ec98d2046899',
		description: 'The fileId of the uploaded photo of the person (from File → Upload)',
	}),
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Avatar 2', value: 'avatar2', description: '0.4 credits per second of video; audio up to 28 s' },
			{ name: 'Avatar 4', value: 'avatar4', description: '0.1 credits per second of video; audio up to 120 s' },
			{
				name: 'Avatar 4 Fast',
				value: 'avatar4Fast',
				description: '0.06 credits per second of video; audio up to 120 s',
			},
		],
		default: 'avatar4',
		description: 'The rendering model; it sets the price per second and the longest audio',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'mode' } },
	},
	...scriptFields({
		show: showOnlyForSubmit,
		scriptPlaceholder: 'e.g. Meet the new summer collection. <break time="1.0s"/> Available from today.',
		scriptHint: '. Insert pauses with &lt;break time="1.0s"/&gt;.',
		audioNote: '. At most 28 seconds for Avatar 2 and 120 seconds for Avatar 4 and Avatar 4 Fast.',
	}),
	additionalFieldsCollection(showOnlyForSubmit, [
		additionalBodyFieldsOption,
		boardField({ type: 'body', property: 'boardId' }),
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
			displayName: 'Custom Motion',
			name: 'customMotion',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. Smiles warmly and nods while gesturing with the right hand',
			description: 'A prompt for the motion and expression of the avatar, at most 600 characters',
			routing: { send: { type: 'body', property: 'customMotion' } },
		},
		{
			displayName: 'Off-Peak',
			name: 'offPeak',
			type: 'boolean',
			default: false,
			description:
				'Whether to render off-peak at half price (Avatar 4 and Avatar 4 Fast only); the video can take up to 24 hours',
			routing: { send: { type: 'body', property: 'offPeak' } },
		},
		{
			displayName: 'Save as Custom Avatar',
			name: 'saveCustomAiAvatar',
			type: 'boolean',
			default: false,
			description: 'Whether to save the template image as a custom avatar for later videos',
			routing: { send: { type: 'body', property: 'saveCustomAiAvatar' } },
		},
		{
			displayName: 'Voice Model',
			name: 'voiceModel',
			type: 'options',
			options: [
				{ name: 'ElevenLabs V2.5', value: 'elevenlabs-v2.5' },
				{ name: 'ElevenLabs V3', value: 'elevenlabs-v3' },
				{ name: 'MiniMax V2.5', value: 'minimax-v2.5' },
			],
			default: 'elevenlabs-v2.5',
			description: "The text-to-speech model; without it Topview uses its default model. Needed for Voice Stability and Voice Volume.",
			displayOptions: { show: { '/scriptMode': ['text'] } },
			routing: { send: { type: 'body', property: 'voiceModel' } },
		},
		{
			displayName: 'Voice Stability',
			name: 'stability',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 50,
			description: 'Voice stability from 0 to 100 (voiceSettings.stability); applies only with a Voice Model',
			displayOptions: { show: { '/scriptMode': ['text'] } },
			routing: { send: { type: 'body', property: 'voiceSettings.stability' } },
		},
		{
			displayName: 'Voice Volume',
			name: 'volume',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 200 },
			default: 100,
			description: 'Voice volume from 0 to 200 (voiceSettings.volume); applies only with a Voice Model',
			displayOptions: { show: { '/scriptMode': ['text'] } },
			routing: { send: { type: 'body', property: 'voiceSettings.volume' } },
		},
	]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, photoAvatar),
];
