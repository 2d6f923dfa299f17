import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { photoAvatar } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardIdField,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { pickerOrImageFields } from '../../shared/avatarFields';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { scriptFields } from '../../shared/scriptFields';

const showOnlyForSubmit = { resource: ['photoAvatar'], operation: ['submit'] };

/** `true`/`false` as booleans or strings (expressions and Additional Body Fields send either). */
const flag = (label: string) =>
	z.preprocess(
		(value) => (value === 'true' ? true : value === 'false' ? false : value),
		z.boolean({ invalid_type_error: `${label} must be true or false` }),
	);

/** Who appears, the rendering model, and what the avatar says. */
const mainFields = [
	pickerOrImageFields({
		show: showOnlyForSubmit,
		source: {
			name: 'avatarSource',
			displayName: 'Avatar Source',
			description: 'Who appears in the video',
			picker: {
				name: 'Avatar',
				value: 'avatar',
				description: 'A public photo avatar template or one of your custom avatars (sent as avatarId)',
			},
			image: { name: 'Template Image', description: 'A photo of a person you upload (sent as templateImageFileId)' },
		},
		picker: {
			name: 'avatarId',
			displayName: 'Avatar',
			description: 'The photo avatar template or custom avatar that presents the video; your custom avatars are listed first',
			searchListMethod: 'searchPhotoAvatarTemplates',
			placeholder: 'e.g. 45b3819812034602b7395eea075b6cf4',
		},
		image: {
			field: 'templateImageFileId',
			placeholder: 'e.g. 2a22d8f1364d4903a4f7ec98d2046899',
			description: 'The fileId of the uploaded photo of the person (from File → Upload)',
		},
	}),
	field({
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
	}, z.string({ required_error: 'Mode is required: choose Avatar 2, Avatar 4 or Avatar 4 Fast' })),
	...scriptFields({
		show: showOnlyForSubmit,
		scriptPlaceholder: 'e.g. Meet the new summer collection. <break time="1.0s"/> Available from today.',
		scriptHint: '. Insert pauses with &lt;break time="1.0s"/&gt;.',
		audioNote: '. At most 28 seconds for Avatar 2 and 120 seconds for Avatar 4 and Avatar 4 Fast.',
	}),
];

const forTextScript = { show: { '/scriptMode': ['text'] } };

/** The optional fields, in the Additional Fields collection (after Additional Body Fields, which passes through unchecked). */
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
			'Caption style burned into the video. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}, z.coerce.string().optional()),
	field({
		displayName: 'Custom Motion',
		name: 'customMotion',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. Smiles warmly and nods while gesturing with the right hand',
		description: 'A prompt for the motion and expression of the avatar, at most 600 characters',
	}, z.string().optional()),
	field({
		displayName: 'Off-Peak',
		name: 'offPeak',
		type: 'boolean',
		default: false,
		description:
			'Whether to render off-peak at half price (Avatar 4 and Avatar 4 Fast only); the video can take up to 24 hours',
	}, flag('Off-Peak').optional()),
	field({
		displayName: 'Save as Custom Avatar',
		name: 'saveCustomAiAvatar',
		type: 'boolean',
		default: false,
		description: 'Whether to save the template image as a custom avatar for later videos',
	}, flag('Save as Custom Avatar').optional()),
	field({
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
		displayOptions: forTextScript,
	}, z.string().optional()),
	fieldOf(
		[
			{
				displayName: 'Voice Stability',
				name: 'stability',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 50,
				description: 'Voice stability from 0 to 100 (voiceSettings.stability); applies only with a Voice Model',
				displayOptions: forTextScript,
				routing: { send: { type: 'body', property: 'voiceSettings.stability' } },
			},
			{
				displayName: 'Voice Volume',
				name: 'volume',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 200 },
				default: 100,
				description: 'Voice volume from 0 to 200 (voiceSettings.volume); applies only with a Voice Model',
				displayOptions: forTextScript,
				routing: { send: { type: 'body', property: 'voiceSettings.volume' } },
			},
		],
		{
			voiceSettings: z
				.object({
					volume: z.coerce.number({ invalid_type_error: 'Voice Volume must be a number from 0 to 200' }).optional(),
					stability: z.coerce.number({ invalid_type_error: 'Voice Stability must be a number from 0 to 100' }).optional(),
				})
				.passthrough()
				.optional(),
		},
	),
];

/** Every field the submit body may carry, with its zod entry: the schema's object shape. */
export const photoAvatarSubmitShape = shapeOf(...mainFields, ...additionalFields);

export const photoAvatarSubmitDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, [additionalBodyFieldsOption, ...propertiesOf(...additionalFields)]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, photoAvatar),
];
