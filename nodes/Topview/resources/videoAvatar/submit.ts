import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { videoAvatar } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardIdField,
	callbackUrlField,
	submitOptionsField,
	voiceLocator,
	waitForCompletionField,
} from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['videoAvatar'], operation: ['submit'] };
const forAvatarSource = (...sources: number[]) => ({ show: { ...showOnlyForSubmit, avatarSourceFrom: sources } });
const forAudioSource = (...sources: number[]) => ({ show: { ...showOnlyForSubmit, audioSourceFrom: sources } });

export const avatarSourceMessage =
	'Avatar Source must be 0 (Uploaded Video), 1 (Public Avatar), 2 (Custom Avatar) or 3 (Photo)';
export const audioSourceMessage = 'Audio Source must be 0 (Uploaded Audio) or 1 (Text to Speech)';

/** Who appears and what they say: the fields shown by Avatar Source and Audio Source. */
const mainFields = [
	field({
		displayName: 'Avatar Source',
		name: 'avatarSourceFrom',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Uploaded Video', value: 0, description: 'A video of a person you uploaded (File → Upload)' },
			{ name: 'Public Avatar', value: 1, description: "One of Topview's ready-made avatars" },
			{ name: 'Custom Avatar', value: 2, description: 'An avatar saved on your account' },
			{ name: 'Photo', value: 3, description: 'A photo you uploaded, animated in Avatar 2 mode' },
		],
		default: 1,
		description: 'Who appears in the video',
		displayOptions: { show: showOnlyForSubmit },
	}, z.coerce.number({ invalid_type_error: avatarSourceMessage })),
	fileInput({
		field: 'videoFileId',
		kind: 'video',
		label: 'Video',
		show: forAvatarSource(0).show,
		required: true,
		placeholder: 'e.g. 9f8e7d6c5b4a',
		description: 'The fileId of the uploaded video (from File → Upload)',
	}),
	field({
		displayName: 'Avatar',
		name: 'aiAvatarId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The avatar that presents the video: a public avatar for "Public Avatar", one of your saved avatars for "Custom Avatar"',
		displayOptions: forAvatarSource(1, 2),
		typeOptions: { loadOptionsDependsOn: ['avatarSourceFrom'] },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchAvatars', searchable: true },
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3327',
			},
		],
	}, z.coerce.string().optional()),
	fileInput({
		field: 'imageFileId',
		kind: 'image',
		label: 'Photo',
		show: forAvatarSource(3).show,
		required: true,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded photo (from File → Upload)',
	}),
	field({
		displayName: 'Audio Source',
		name: 'audioSourceFrom',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Uploaded Audio', value: 0, description: 'An audio file you uploaded (File → Upload)' },
			{ name: 'Text to Speech', value: 1, description: 'A script spoken by a Topview voice' },
		],
		default: 1,
		description: 'What the avatar says',
		displayOptions: { show: showOnlyForSubmit },
	}, z.coerce.number({ invalid_type_error: audioSourceMessage })),
	fileInput({
		field: 'audioFileId',
		kind: 'audio',
		label: 'Audio',
		show: forAudioSource(0).show,
		required: true,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: 'The fileId of the uploaded audio (from File → Upload)',
	}),
	field({
		displayName: 'Script',
		name: 'ttsText',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Meet the new summer collection, available from today.',
		description: 'The text the avatar speaks',
		displayOptions: forAudioSource(1),
	}, z.string().optional()),
	field(
		voiceLocator({
			name: 'voiceoverId',
			description:
				'The voice that speaks the script, your cloned voices first. Optional for a public avatar, which then uses its own default voice; required otherwise.',
			displayOptions: forAudioSource(1),
		}) as INodeProperties & { name: 'voiceoverId' },
		z.coerce.string().optional(),
	),
];

/** The optional fields, in the Additional Fields collection. */
const additionalFields = [
	boardIdField,
	callbackUrlField,
	field({
			displayName: 'Caption Style Name or ID',
			name: 'captionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCaptions' },
			default: '',
			description:
				'Caption style burned into the video. Topview supports captions only with a Public Avatar, so it is not sent for other avatar sources. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}, z.coerce.string().optional()),
	field({
			displayName: 'Mode Type',
			name: 'modeType',
			type: 'options',
			options: [
				{ name: 'Avatar 1', value: '0' },
				{ name: 'Avatar 2', value: '1' },
			],
			default: '0',
			description: 'The rendering model. A photo always uses Avatar 2.',
	}, z.coerce.string().optional()),
	field({
			displayName: 'Save as Custom Avatar',
			name: 'isSave2CustomAiAvatar',
			type: 'boolean',
			default: false,
			description: 'Whether to save the input as a custom avatar for later videos (a photo is always saved)',
			displayOptions: { hide: { '/avatarSourceFrom': [3] } },
	}, z.boolean().optional()),
	field({
			displayName: 'Voice Speed',
			name: 'voiceSpeed',
			type: 'number',
			typeOptions: { minValue: 0.8, maxValue: 1.2, numberPrecision: 2 },
			default: 1,
			description: 'Speaking speed from 0.8 to 1.2',
			displayOptions: { show: { '/audioSourceFrom': [1] } },
	}, z.coerce.number({ invalid_type_error: 'Voice Speed must be a number between 0.8 and 1.2' }).optional()),
];

/** Every field the submit body may carry, with its zod entry: the schema's object shape. */
export const videoAvatarSubmitShape = shapeOf(...mainFields, ...additionalFields);

export const videoAvatarSubmitDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, videoAvatar),
];
